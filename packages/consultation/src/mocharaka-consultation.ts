import { defineElement } from '@mocharaka/core';
import { MocharakaConsultation } from './consultation.element.js';

defineElement('mocharaka-consultation', MocharakaConsultation);

declare global {
  interface HTMLElementTagNameMap {
    'mocharaka-consultation': MocharakaConsultation;
  }
}

export { MocharakaConsultation };
// Re-exported so that importing this module alone also types `MocharakaConsultationSubmittedEvent` in addEventListener.
export type { MocharakaConsultationSubmittedEvent } from './consultation.events.js';
