/** The receipt of a suggestion the server received, as `mocharaka-suggestion-sent` carries it. */
export interface SuggestionSentDetail {
  /** The follow-up code the citizen keeps, `S-XXXX-XXXX`. */
  code: string;
  /** When the server received it (ISO 8601). */
  submittedAt: string;
}

/** Fired once per suggestion the server received (sent at once or later from the outbox). The detail holds no personal data. */
export class MocharakaSuggestionSentEvent extends CustomEvent<SuggestionSentDetail> {
  static readonly type = 'mocharaka-suggestion-sent';
  constructor(receipt: SuggestionSentDetail) {
    super(MocharakaSuggestionSentEvent.type, { detail: receipt, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mocharaka-suggestion-sent': MocharakaSuggestionSentEvent;
  }
}
