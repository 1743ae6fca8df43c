import type { ReactiveController, ReactiveElement } from 'lit';

/** The control that has focus, looking into open shadow roots. */
function deepActiveElement(document: Document): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

const overlaps = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Keeps the floating "give your opinion" button off the control that has focus (WCAG
 * 2.4.11, focus not obscured): when the focused control — a field being typed in, a
 * link reached with Tab — lies under the button, the button moves to the other edge of
 * the screen, and if it would cover it there too it steps aside until focus moves on.
 */
export class FloatingTriggerController implements ReactiveController {
  /** Where the button stands now: its usual corner, the opposite edge, or aside. */
  placement: 'corner' | 'flipped' | 'hidden' = 'corner';

  readonly #host: ReactiveElement;
  readonly #enabled: () => boolean;
  #frame = 0;

  constructor(host: ReactiveElement, enabled: () => boolean) {
    this.#host = host;
    this.#enabled = enabled;
    host.addController(this);
  }

  hostConnected(): void {
    const document = this.#host.ownerDocument;
    document.addEventListener('focusin', this.#schedule, true);
    document.addEventListener('focusout', this.#schedule, true);
    window.addEventListener('scroll', this.#schedule, { capture: true, passive: true });
    window.addEventListener('resize', this.#schedule, { passive: true });
  }

  hostDisconnected(): void {
    const document = this.#host.ownerDocument;
    document.removeEventListener('focusin', this.#schedule, true);
    document.removeEventListener('focusout', this.#schedule, true);
    window.removeEventListener('scroll', this.#schedule, true);
    window.removeEventListener('resize', this.#schedule);
    cancelAnimationFrame(this.#frame);
  }

  /** Decides the placement now (tests call it after moving focus; events call it on the next frame). */
  place(): void {
    const trigger = this.#host.renderRoot.querySelector<HTMLElement>('[part=trigger]');
    const focused = deepActiveElement(this.#host.ownerDocument);
    let placement: typeof this.placement = 'corner';
    if (this.#enabled() && trigger && focused && focused !== trigger && focused !== this.#host.ownerDocument.body) {
      const target = focused.getBoundingClientRect();
      const at = (where: typeof placement) => {
        trigger.dataset.placement = where;
        return trigger.getBoundingClientRect();
      };
      if (overlaps(at('corner'), target)) placement = overlaps(at('flipped'), target) ? 'hidden' : 'flipped';
    }
    if (trigger) trigger.dataset.placement = placement;
    this.placement = placement;
  }

  #schedule = () => {
    cancelAnimationFrame(this.#frame);
    this.#frame = requestAnimationFrame(() => this.place());
  };
}
