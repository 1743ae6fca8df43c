import { msg } from '@lit/localize';
import { pickText, type Locale, type SuggestionChoice, type SuggestionKind, type SuggestionStatus } from '@mocharaka/core';
import { html } from 'lit';

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
