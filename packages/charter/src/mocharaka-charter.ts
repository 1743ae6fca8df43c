import { defineElement } from '@mocharaka/core';
import { MocharakaCharter } from './charter.element.js';

defineElement('mocharaka-charter', MocharakaCharter);

declare global {
  interface HTMLElementTagNameMap {
    'mocharaka-charter': MocharakaCharter;
  }
}

export { MocharakaCharter };
