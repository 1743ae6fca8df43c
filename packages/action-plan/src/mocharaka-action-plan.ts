import { defineElement } from '@mocharaka/core';
import { MocharakaActionPlan } from './action-plan.element.js';

defineElement('mocharaka-action-plan', MocharakaActionPlan);

declare global {
  interface HTMLElementTagNameMap {
    'mocharaka-action-plan': MocharakaActionPlan;
  }
}

export { MocharakaActionPlan };
// Re-exported so that importing this module alone also types `MocharakaActionPlanCommentedEvent` in addEventListener.
export type { MocharakaActionPlanCommentedEvent } from './action-plan.events.js';
