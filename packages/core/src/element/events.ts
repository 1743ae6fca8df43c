/** Detail of `mocharaka-error`: what failed, in terms a host page can act on. */
export interface MocharakaErrorDetail {
  /** Contract error code (`not_found`, `network_error`, `missing_endpoint`…). */
  code: string;
  /** HTTP status, 0 when no answer arrived, undefined for configuration errors. */
  status?: number;
  /** What failed, for the developer; for a configuration error `<tag>: code` (the widget shows the translated sentence). */
  message: string;
}

/**
 * Fired when an element cannot do what it was asked: bad configuration, an unreachable
 * backend, a refused submission. Bubbles and crosses shadow roots.
 */
export class MocharakaErrorEvent extends CustomEvent<MocharakaErrorDetail> {
  static readonly type = 'mocharaka-error';
  constructor(detail: MocharakaErrorDetail) {
    super(MocharakaErrorEvent.type, { detail, bubbles: true, composed: true });
  }
}

/** Fired when an element has loaded its data from the backend and shows it. */
export class MocharakaLoadedEvent extends CustomEvent<{ resource: string; id?: string }> {
  static readonly type = 'mocharaka-loaded';
  constructor(detail: { resource: string; id?: string }) {
    super(MocharakaLoadedEvent.type, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mocharaka-error': MocharakaErrorEvent;
    'mocharaka-loaded': MocharakaLoadedEvent;
  }
}
