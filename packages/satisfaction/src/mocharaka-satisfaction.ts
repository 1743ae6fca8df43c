import { defineElement } from '@mocharaka/core';
import { MocharakaSatisfaction } from './satisfaction.element.js';

defineElement('mocharaka-satisfaction', MocharakaSatisfaction);

declare global {
  interface HTMLElementTagNameMap {
    'mocharaka-satisfaction': MocharakaSatisfaction;
  }
}

export { MocharakaSatisfaction };
// Re-exported so that importing this module alone also types `MocharakaSatisfactionRatedEvent` in addEventListener.
export type { MocharakaSatisfactionRatedEvent } from './satisfaction.events.js';
