import { defineElement } from '@mocharaka/core';
import { MocharakaMeetings } from './meetings.element.js';

defineElement('mocharaka-meetings', MocharakaMeetings);

declare global {
  interface HTMLElementTagNameMap {
    'mocharaka-meetings': MocharakaMeetings;
  }
}

export { MocharakaMeetings };
// Re-exported so that importing this module alone also types the element's events in addEventListener.
export type { MocharakaMeetingCancelledEvent, MocharakaMeetingRegisteredEvent } from './meetings.events.js';
