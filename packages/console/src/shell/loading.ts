import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import type { ResourceController } from '@mocharaka/core';
import { describeStaffError } from './staff-messages.js';

/**
 * The one switch every screen renders a `ResourceController` with: a status line while
 * loading, the failure with "Try again", else the screen's own content.
 */
export function renderResource<Data>(resource: ResourceController<readonly unknown[], Data>, ready: (data: Data) => unknown) {
  switch (resource.status) {
    case 'idle':
      return nothing;
    case 'loading':
      return html`<p role="status" class="loading">${msg('Loading…')}</p>`;
    case 'failed':
      return html`<div class="notice error" role="alert">
        <p>${describeStaffError(resource.error)}</p>
        <button class="button secondary" @click=${() => resource.retry()}>${msg('Try again')}</button>
      </div>`;
    case 'ready':
      return ready(resource.data as Data);
  }
}
