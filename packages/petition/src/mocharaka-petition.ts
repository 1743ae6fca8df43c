import { defineElement } from '@mocharaka/core';
import { MocharakaPetition } from './petition.element.js';

defineElement('mocharaka-petition', MocharakaPetition);

declare global {
  interface HTMLElementTagNameMap {
    'mocharaka-petition': MocharakaPetition;
  }
}

export { MocharakaPetition };
