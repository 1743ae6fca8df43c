import { randomInt } from 'node:crypto';
import { SUGGESTION_CODE_ALPHABET } from '@mocharaka/core/contract';

/** A fresh follow-up code, `S-XXXX-XXXX`: 40 random bits, so codes cannot be guessed one from another. */
export function newSuggestionCode(): string {
  const chars = Array.from({ length: 8 }, () => SUGGESTION_CODE_ALPHABET[randomInt(SUGGESTION_CODE_ALPHABET.length)]);
  return `S-${chars.slice(0, 4).join('')}-${chars.slice(4).join('')}`;
}
