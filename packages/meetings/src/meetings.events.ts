/** The receipt of a registration, as `mocharaka-meeting-registered` carries it (no name, no contact). */
export interface MeetingRegisteredDetail {
  meetingId: string;
  reference: string;
  status: 'confirmed' | 'waiting';
  people: number;
  registeredAt: string;
}

/** Fired once per registration the server recorded, sent at once or later from the outbox. */
export class MocharakaMeetingRegisteredEvent extends CustomEvent<MeetingRegisteredDetail> {
  static readonly type = 'mocharaka-meeting-registered';
  constructor(detail: MeetingRegisteredDetail) {
    super(MocharakaMeetingRegisteredEvent.type, { detail, bubbles: true, composed: true });
  }
}

/** Fired when a registration was cancelled with its code. */
export class MocharakaMeetingCancelledEvent extends CustomEvent<{ meetingId: string; reference: string }> {
  static readonly type = 'mocharaka-meeting-cancelled';
  constructor(detail: { meetingId: string; reference: string }) {
    super(MocharakaMeetingCancelledEvent.type, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mocharaka-meeting-registered': MocharakaMeetingRegisteredEvent;
    'mocharaka-meeting-cancelled': MocharakaMeetingCancelledEvent;
  }
}
