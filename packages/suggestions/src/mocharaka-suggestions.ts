import { defineElement } from '@mocharaka/core';
import { MocharakaSuggestions } from './suggestions.element.js';

defineElement('mocharaka-suggestions', MocharakaSuggestions);

declare global {
  interface HTMLElementTagNameMap {
    'mocharaka-suggestions': MocharakaSuggestions;
  }
}

export { MocharakaSuggestions };
// Re-exported so that importing this module alone also types `MocharakaSuggestionSentEvent` in addEventListener.
export type { MocharakaSuggestionSentEvent } from './suggestions.events.js';
