import { html } from 'lit';
import { msg } from '@lit/localize';
import type { ApiError, FieldErrorCode, Locale, ProfileInput, Question } from '@mocharaka/core';

/** The question renderers; a type only, so they stay in their own lazily loaded chunk. */
export type SurveyModule = typeof import('./questions.js');

/** What the screens of `<mocharaka-consultation>` read from the element and may ask it to do. */
export interface ConsultationView {
  locale: Locale;
  root: ShadowRoot;
  page: number;
  answers: Record<string, unknown>;
  profile: ProfileInput;
  errors: Record<string, FieldErrorCode>;
  failure?: ApiError;
  sending: boolean;
  survey?: SurveyModule;
  openParagraphs: Set<string>;
  go(page: number): void;
  next(): void;
  back(): void;
  submit(): void;
  set(question: Question, value: unknown): void;
  setProfile(field: keyof ProfileInput, value: string): void;
  announce(text: string): void;
  /** Moves focus to the control `id` once the change is rendered. */
  focus(id: string): void;
  openParagraph(key: string): void;
}

/** "Back" then "Next" under a section or the profile questions, in the order they are shown and tabbed through. */
export function renderNav(view: ConsultationView, nextLabel = msg('Next')) {
  return html`<div class="actions">
      <button class="button secondary" type="button" id="back" @click=${() => view.back()}>${msg('Back')}</button>
      <button class="button" type="button" id="next" @click=${() => view.next()}>${nextLabel}</button>
    </div>`;
}
