/** Fired by the petition page's forms after the server recorded a change. */
export class PetitionChangedEvent extends Event {
  static readonly type = 'petition-changed';
  constructor(readonly announcement: string) {
    super(PetitionChangedEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'petition-changed': PetitionChangedEvent;
  }
}
