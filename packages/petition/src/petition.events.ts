/** The receipt of a recorded signature, as `mocharaka-petition-signed` carries it. */
export interface PetitionSignedDetail {
  petitionId: string;
  /** The server's reference for this signature; the citizen keeps it. */
  reference: string;
  /** When the server recorded it (ISO 8601). */
  signedAt: string;
}

/**
 * Fired when the server has recorded a signature, once per signature (whether sent at
 * once or later from the outbox). The detail holds no personal data.
 */
export class MocharakaPetitionSignedEvent extends CustomEvent<PetitionSignedDetail> {
  static readonly type = 'mocharaka-petition-signed';
  constructor(receipt: PetitionSignedDetail) {
    super(MocharakaPetitionSignedEvent.type, { detail: receipt, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mocharaka-petition-signed': MocharakaPetitionSignedEvent;
  }
}
