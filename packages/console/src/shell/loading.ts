import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import { ApiError, type ResourceController } from '@mocharaka/core';
import { describeStaffError } from './staff-messages.js';

/** The status line a screen shows while it loads. */
export function renderLoading() {
  return html`<p role="status" class="loading">${msg('Loading…')}</p>`;
}

/**
 * A load that failed: what happened, and "Try again" when trying again can help (an
 * outage or a lost connection; not a record that is gone or a role that may not see it).
 */
export function renderLoadFailure(error: unknown, retry: () => unknown) {
  const retryable = !(error instanceof ApiError) || error.retryable;
  return html`<div class="notice error" role="alert">
    <p>${describeStaffError(error)}</p>
    ${retryable ? html`<button type="button" class="button secondary" @click=${retry}>${msg('Try again')}</button>` : nothing}
  </div>`;
}

/** The one switch every screen renders a `ResourceController` with: loading, the failure, else the screen's own content. */
export function renderResource<Data>(resource: ResourceController<readonly unknown[], Data>, ready: (data: Data) => unknown) {
  switch (resource.status) {
    case 'idle':
      return nothing;
    case 'loading':
      return renderLoading();
    case 'failed':
      return renderLoadFailure(resource.error, () => resource.retry());
    case 'ready':
      return ready(resource.data as Data);
  }
}
