import type { SuggestionChoice } from '@mocharaka/core';

/** A list of the box as staff edit it: one entry per line, `id | Arabic label | French label`. */
export const toLines = (list: readonly SuggestionChoice[]) =>
  list.map((choice) => [choice.id, choice.label.ar, choice.label.fr ?? ''].join(' | ').replace(/ \| $/, '')).join('\n');

/** The entries of the lines, and the numbers (from 1) of the lines that are not `id | Arabic[ | French]`. */
export function fromLines(text: string): { list: SuggestionChoice[]; bad: number[] } {
  const list: SuggestionChoice[] = [];
  const bad: number[] = [];
  text.split('\n').forEach((line, index) => {
    if (!line.trim()) return;
    const [id = '', ar = '', fr = '', ...rest] = line.split('|').map((part) => part.trim());
    if (!/^[a-z0-9][a-z0-9-]{0,63}$/.test(id) || !ar || rest.length > 0) return void bad.push(index + 1);
    list.push({ id, label: { ar, ...(fr ? { fr } : {}) } });
  });
  return { list, bad };
}
