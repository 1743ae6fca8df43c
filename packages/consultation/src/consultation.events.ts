/** The receipt of a recorded response, as `mocharaka-consultation-submitted` carries it. */
export interface ConsultationSubmittedDetail {
  consultationId: string;
  /** The server's reference for this response; the participant may keep it. */
  reference: string;
  /** When the server recorded it (ISO 8601). */
  submittedAt: string;
}

/**
 * Fired when the server has recorded a response, once (whether sent at once or later
 * from the outbox). The detail holds no answers.
 */
export class MocharakaConsultationSubmittedEvent extends CustomEvent<ConsultationSubmittedDetail> {
  static readonly type = 'mocharaka-consultation-submitted';
  constructor(detail: ConsultationSubmittedDetail) {
    super(MocharakaConsultationSubmittedEvent.type, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mocharaka-consultation-submitted': MocharakaConsultationSubmittedEvent;
  }
}
