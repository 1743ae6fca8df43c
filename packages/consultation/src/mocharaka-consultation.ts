import { defineElement } from '@mocharaka/core';
import { MocharakaConsultation } from './consultation.element.js';

defineElement('mocharaka-consultation', MocharakaConsultation);

declare global {
  interface HTMLElementTagNameMap {
    'mocharaka-consultation': MocharakaConsultation;
  }
}

export { MocharakaConsultation };
