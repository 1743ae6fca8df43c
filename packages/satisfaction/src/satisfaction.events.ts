import type { RatingReceipt } from '@mocharaka/core';

/** Fired when the server has recorded a rating. `detail` is the server's receipt. */
export class MocharakaSatisfactionRatedEvent extends CustomEvent<RatingReceipt> {
  static readonly type = 'mocharaka-satisfaction-rated';
  constructor(receipt: RatingReceipt) {
    super(MocharakaSatisfactionRatedEvent.type, { detail: receipt, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mocharaka-satisfaction-rated': MocharakaSatisfactionRatedEvent;
  }
}
