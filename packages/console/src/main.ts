import { defineElement } from '@mocharaka/core';
import { registerConsoleCatalogs } from './locales.js';
import { MocharakaConsole } from './shell/console-app.js';

registerConsoleCatalogs();
defineElement('mocharaka-console', MocharakaConsole);

declare global {
  interface HTMLElementTagNameMap {
    'mocharaka-console': MocharakaConsole;
  }
}
