import { html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { formatNumber, type Choice, type Locale, type Question } from '@mocharaka/core';
import { plain, userText } from './text.js';

/** An answer as the review screen shows it. */
export function answerText(question: Question, value: unknown, locale: Locale): TemplateResult | string {
  const label = (items: readonly Choice[], id: string) => {
    const item = items.find((one) => one.id === id);
    return item ? plain(item.label, locale) : id;
  };
  switch (question.kind) {
    case 'single':
      return label(question.options, value as string);
    case 'multiple':
      return html`<ul>${(value as string[]).map((id) => html`<li>${label(question.options, id)}</li>`)}</ul>`;
    case 'ranking':
      return html`<ol>${(value as string[]).map((id) => html`<li>${label(question.options, id)}</li>`)}</ol>`;
    case 'scale': {
      const text = question.labels?.[(value as number) - question.min];
      return text ? plain(text, locale) : formatNumber(locale, value as number);
    }
    case 'number':
      return typeof value === 'number' ? formatNumber(locale, value) : String(value);
    case 'matrix':
      return html`<ul>${Object.entries(value as Record<string, string>).map(
        ([row, column]) =>
          html`<li>${msg(str`${label(question.rows, row)}: ${label(question.columns, column)}`, { id: 'row-answer' })}</li>`,
      )}</ul>`;
    case 'passage':
      return html`<ul>${Object.entries(value as Record<string, string>)
        .filter(([, comment]) => comment.trim())
        .map(([paragraph, comment]) => {
          const number = formatNumber(locale, question.paragraphs.findIndex((one) => one.id === paragraph) + 1);
          return html`<li>${msg(html`Paragraph ${number}: ${userText(comment)}`, { id: 'paragraph-comment' })}</li>`;
        })}</ul>`;
    default:
      return userText(String(value));
  }
}
