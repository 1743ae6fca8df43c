import { defineElement } from '@mocharaka/core';
import { MocharakaCharter } from './charter.element.js';

defineElement('mocharaka-charter', MocharakaCharter);

declare global {
  interface HTMLElementTagNameMap {
    'mocharaka-charter': MocharakaCharter;
  }
}

export { MocharakaCharter };
// Re-exported so that importing this module alone also types `MocharakaCharterAdheredEvent` in addEventListener.
export type { MocharakaCharterAdheredEvent } from './charter.events.js';
