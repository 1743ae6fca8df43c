import { defineElement } from '@mocharaka/core';
import { MocharakaSatisfaction } from './satisfaction.element.js';

defineElement('mocharaka-satisfaction', MocharakaSatisfaction);

declare global {
  interface HTMLElementTagNameMap {
    'mocharaka-satisfaction': MocharakaSatisfaction;
  }
}

export { MocharakaSatisfaction };
