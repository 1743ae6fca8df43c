import { css, html } from 'lit';
import { state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { defineElement, normalizeLocale } from '@mocharaka/core';
import '@mocharaka/satisfaction/mocharaka-satisfaction.js';
import { ConsoleScreen } from '../../shell/console-screen.js';
import { KIOSK_ID_PATTERN } from './kiosk-setup.js';

/**
 * The counter tablet: the satisfaction element in kiosk mode on this server's public
 * API. Staff sign in once and press start; in full screen it keeps collecting ratings
 * (which need no session) until the tablet is switched off.
 */
export class ConsoleKiosk extends ConsoleScreen {
  static override styles = [
    ...ConsoleScreen.styles,
    css`
      .stage:fullscreen {
        background: var(--_surface);
        padding: var(--_space);
        overflow: auto;
      }
    `,
  ];

  @state() private failure = '';

  #start() {
    const stage = this.renderRoot.querySelector<HTMLElement>('.stage');
    stage?.requestFullscreen?.().catch(() => {
      this.failure = msg('This browser refused full screen; the kiosk works anyway.');
    });
  }

  protected override render() {
    const requested = this.query.get('kiosk') ?? '';
    const kioskId = KIOSK_ID_PATTERN.test(requested) ? requested : undefined;
    const lang = normalizeLocale(this.query.get('lang')) ?? 'ar';
    return html`<div class="actions">
        <button type="button" class="button" @click=${() => this.#start()}>${msg('Start the kiosk (full screen)')}</button>
      </div>
      <p class="hint">${msg('To leave full screen, press Escape or swipe from the edge, depending on the tablet.')}</p>
      ${this.failure ? html`<p class="notice" role="status">${this.failure}</p>` : ''}
      <div class="stage">
        <mocharaka-satisfaction
          endpoint="/v1"
          mode="kiosk"
          lang=${lang}
          service=${this.params.id ?? ''}
          kiosk-id=${kioskId ?? ''}
        ></mocharaka-satisfaction>
      </div>`;
  }
}

defineElement('console-kiosk', ConsoleKiosk);
