import type { ReactiveElement } from 'lit';

/**
 * Moves focus to `selector` in the host's shadow root once the host has rendered.
 * `onlyFromWithin` when the change did not come from the citizen (a reconnection sent a
 * queued submission): focus then moves only if it is already inside the element, so the
 * citizen is never pulled away from what they are reading elsewhere on the page.
 */
export async function focusWhenRendered(host: ReactiveElement, selector: string, onlyFromWithin = false): Promise<void> {
  await host.updateComplete;
  if (onlyFromWithin && !host.matches(':focus-within')) return;
  host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
}
