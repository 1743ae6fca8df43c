/** The receipt of a recorded adhesion, as `mocharaka-charter-adhered` carries it. */
export interface CharterAdheredDetail {
  charterId: string;
  kind: 'association' | 'citizen';
  /** The server's reference for this adhesion. */
  reference: string;
  /** When the server recorded it (ISO 8601). */
  adheredAt: string;
}

/** Fired once per adhesion the server recorded. The detail holds no personal data. */
export class MocharakaCharterAdheredEvent extends CustomEvent<CharterAdheredDetail> {
  static readonly type = 'mocharaka-charter-adhered';
  constructor(detail: CharterAdheredDetail) {
    super(MocharakaCharterAdheredEvent.type, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mocharaka-charter-adhered': MocharakaCharterAdheredEvent;
  }
}
