import { msg } from '@lit/localize';
import { pickText, type Locale, type SuggestionChoice, type SuggestionKind, type SuggestionStatus } from '@mocharaka/core';
import { html } from 'lit';

export function suggestionStatusName(status: SuggestionStatus): string {
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

export const suggestionKindName = (kind: SuggestionKind) => (kind === 'remark' ? msg('Remark') : msg('Suggestion'));

/** A label of the box's lists in the console's language, or the id when the list no longer has it. */
export function listLabel(list: readonly SuggestionChoice[], id: string | undefined, locale: Locale) {
  const choice = list.find((one) => one.id === id);
  if (!choice) return html`<span class="ltr">${id ?? '—'}</span>`;
  const picked = pickText(choice.label, locale);
  return html`<span lang=${picked.lang} dir=${picked.dir}>${picked.text}</span>`;
}
