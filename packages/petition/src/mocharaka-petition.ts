import { defineElement } from '@mocharaka/core';
import { MocharakaPetition } from './petition.element.js';

defineElement('mocharaka-petition', MocharakaPetition);

declare global {
  interface HTMLElementTagNameMap {
    'mocharaka-petition': MocharakaPetition;
  }
}

export { MocharakaPetition };
// Re-exported so that importing this module alone also types `MocharakaPetitionSignedEvent` in addEventListener.
export type { MocharakaPetitionSignedEvent } from './petition.events.js';
