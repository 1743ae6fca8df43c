import { msg } from '@lit/localize';
import {
  describeFieldError,
  pickText,
  type FieldErrorCode,
  type Locale,
  type SuggestionChoice,
  type SuggestionKind,
  type SuggestionStatus,
} from '@mocharaka/core';
import { html } from 'lit';
import type { SuggestionField } from './suggestion-rules.js';

export function statusLabel(status: SuggestionStatus): string {
  switch (status) {
    case 'received':
      return msg('Received');
    case 'under_study':
      return msg('Under study');
    case 'answered':
      return msg('Answered');
    case 'not_retained':
      return msg('Not retained');
  }
}

export const kindLabel = (kind: SuggestionKind) => (kind === 'remark' ? msg('Remark') : msg('Suggestion'));

/** A label from the commune's lists, in the citizen's language (with its own `lang` and `dir`), or the id if it left the list. */
export function choiceLabel(choices: readonly SuggestionChoice[], id: string | undefined, locale: Locale) {
  const choice = choices.find((one) => one.id === id);
  if (!choice) return id ?? '';
  const picked = pickText(choice.label, locale);
  return html`<span lang=${picked.lang} dir=${picked.dir}>${picked.text}</span>`;
}

export function fieldErrorMessage(field: SuggestionField, code: FieldErrorCode): string {
  if (field === 'topic') return msg('Choose the topic your message is about.');
  if (field === 'text' && code === 'required') return msg('Write your suggestion or remark.');
  if (field === 'text' && code === 'too_short') return msg('Say a little more: at least 10 characters.');
  if (field === 'contact.value' && code === 'required') return msg('Give an e-mail or a phone number with your name, or leave both empty.');
  if (field === 'contact.value' && code === 'invalid_format')
    return msg('Give an e-mail address or a phone number, for example 0661234567.');
  return describeFieldError(code);
}
