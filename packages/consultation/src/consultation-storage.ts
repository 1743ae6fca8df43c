import { newIdempotencyKey, type ProfileInput } from '@mocharaka/core';
import type { ConsultationSubmittedDetail } from './consultation.events.js';

/**
 * What a consultation keeps on the device, per backend and consultation so two communes
 * on one page never mix: the draft (answers are not identity data, so it survives closing
 * the browser), the receipt, and the random token that stands for this browser in this
 * consultation (never sent elsewhere).
 */
export const storageKey = (kind: 'draft' | 'token' | 'receipt', scope: string, consultation: string) =>
  `mocharaka:consultation:${kind}:${scope}:${consultation}`;

export interface Draft {
  answers: Record<string, unknown>;
  profile: ProfileInput;
  page: number;
}

export const emptyDraft = (): Draft => ({ answers: {}, profile: {}, page: 0 });

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A draft from storage, whatever it holds (answers are checked again before sending). */
export function restoreDraft(stored: unknown): Draft {
  if (!isRecord(stored)) return emptyDraft();
  return {
    answers: isRecord(stored.answers) ? stored.answers : {},
    profile: isRecord(stored.profile) ? (stored.profile as ProfileInput) : {},
    page: Number.isInteger(stored.page) && (stored.page as number) >= 0 ? (stored.page as number) : 0,
  };
}

export const isDraftEmpty = (draft: Draft) =>
  Object.keys(draft.answers).length === 0 && Object.keys(draft.profile).length === 0 && draft.page === 0;

function read<T>(key: string): T | undefined {
  try {
    const raw = globalThis.localStorage?.getItem(key);
    return raw ? (JSON.parse(raw) as T) : undefined;
  } catch {
    return undefined;
  }
}

function write(key: string, value: unknown) {
  try {
    globalThis.localStorage?.setItem(key, JSON.stringify(value));
  } catch {
    // Storage blocked or full: the receipt just does not survive a reload.
  }
}

export const readReceipt = (key: string) => read<ConsultationSubmittedDetail>(key);
export const writeReceipt = (key: string, receipt: ConsultationSubmittedDetail) => write(key, receipt);

/** This browser's token in the consultation keyed `key`, made once. */
export function participantToken(key: string): string {
  let token = read<string>(key);
  if (!token) write(key, (token = newIdempotencyKey().replaceAll('-', '')));
  return token;
}
