import {
  ApiError,
  checkAnswers,
  type Consultation,
  type ConsultationBackend,
  type ConsultationInput,
  type ConsultationReceipt,
  type ConsultationResponseInput,
  type ConsultationResults,
} from '@mocharaka/core';
import { toRequestBody } from './survey-draft.js';

/** Stands in the preview for a text not written yet, so an empty title is no empty heading. */
const PLACEHOLDER = '…';

function withPlaceholders<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withPlaceholders) as T;
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) out[key] = withPlaceholders(child);
  if (typeof out.ar === 'string' && !out.ar) out.ar = PLACEHOLDER;
  return out as T;
}

/** The id the preview shows the draft under while it has none yet. */
export const PREVIEW_ID = 'preview';

/**
 * What `<mocharaka-consultation>` reads in the editor's live preview: the draft being
 * edited, shown as open whatever its dates (so every question can be tried), and a
 * response that is checked like the server would but never leaves the browser.
 */
export class PreviewBackend implements ConsultationBackend {
  readonly #consultation: Consultation;

  constructor(draft: ConsultationInput) {
    const body = withPlaceholders(toRequestBody(draft));
    this.#consultation = {
      ...body,
      id: body.id || PREVIEW_ID,
      status: 'open',
      resultsPublished: false,
      responseCount: 0,
    } as Consultation;
  }

  get id(): string {
    return this.#consultation.id;
  }

  async listConsultations(): Promise<Consultation[]> {
    return [this.#consultation];
  }

  async getConsultation(consultationId: string): Promise<Consultation> {
    if (consultationId !== this.#consultation.id) throw new ApiError(404, 'not_found', 'Consultation not found');
    return this.#consultation;
  }

  async respondToConsultation(_id: string, response: ConsultationResponseInput): Promise<ConsultationReceipt> {
    const fields = checkAnswers(this.#consultation.survey, response.answers);
    if (Object.keys(fields).length) throw new ApiError(422, 'validation_failed', 'Some fields are invalid', fields);
    return { receipt: { reference: 'PREVIEW', submittedAt: new Date().toISOString() } };
  }

  async getConsultationResults(): Promise<ConsultationResults> {
    throw new ApiError(404, 'results_not_published', 'A preview has no results');
  }
}

/**
 * Forgets what was answered in the preview (the element keeps a draft, a participant
 * token and a receipt per consultation on the device), so it starts from the beginning.
 * The keys are those `<mocharaka-consultation>` uses for a backend object.
 */
export function clearPreviewAnswers(consultationId: string): void {
  try {
    for (const kind of ['draft', 'token', 'receipt']) localStorage.removeItem(`mocharaka:consultation:${kind}:custom:${consultationId}`);
  } catch {
    // Storage blocked: the element kept nothing either.
  }
}

/**
 * The results as citizens will read them once published: the element in its results
 * view, fed the staff results (whose free texts are only the ones staff published).
 */
export class ResultsPreviewBackend implements ConsultationBackend {
  constructor(
    private readonly consultation: Consultation,
    private readonly results: ConsultationResults,
  ) {}

  async listConsultations(): Promise<Consultation[]> {
    return [await this.getConsultation()];
  }

  async getConsultation(): Promise<Consultation> {
    return { ...this.consultation, status: 'closed', resultsPublished: true };
  }

  async respondToConsultation(): Promise<ConsultationReceipt> {
    throw new ApiError(409, 'consultation_closed', 'A results preview takes no response');
  }

  async getConsultationResults(): Promise<ConsultationResults> {
    return this.results;
  }
}
