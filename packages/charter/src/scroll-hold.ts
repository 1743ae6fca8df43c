/** What a reader does to take over the scrolling: from then on the page is theirs. */
const READER_INTENT = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;

/** How long a landing is kept in place at most, however late the page settles. */
const HOLD_LIMIT_MS = 15_000;

/**
 * Keeps one element at the top of the viewport while the page around it settles:
 * elements above it that load later, web fonts, the element's own translations. A deep
 * link then lands on its article, not on whatever the late content pushed there. The
 * hold ends at the reader's first wheel, touch, key or click, or after a while.
 */
export class ScrollHold {
  #target?: () => Element | null | undefined;
  #observer?: ResizeObserver;
  #timer?: ReturnType<typeof setTimeout>;
  #window?: Window;

  /** Scrolls `target()` to the top now, and again each time the layout changes, until released. */
  hold(target: () => Element | null | undefined, around: Element): void {
    this.release();
    const view = around.ownerDocument.defaultView;
    if (!view) return;
    this.#target = target;
    this.#window = view;
    this.#align();
    const document = around.ownerDocument;
    this.#observer = new view.ResizeObserver(this.#align);
    this.#observer.observe(document.documentElement);
    if (document.body) this.#observer.observe(document.body);
    this.#observer.observe(around);
    document.fonts?.addEventListener('loadingdone', this.#align);
    for (const type of READER_INTENT) view.addEventListener(type, this.release, { capture: true, passive: true });
    this.#timer = setTimeout(this.release, HOLD_LIMIT_MS);
  }

  /** Stops holding; the page scrolls as the reader wants. */
  release = (): void => {
    const view = this.#window;
    if (!view) return;
    this.#observer?.disconnect();
    view.document.fonts?.removeEventListener('loadingdone', this.#align);
    for (const type of READER_INTENT) view.removeEventListener(type, this.release, { capture: true });
    clearTimeout(this.#timer);
    this.#observer = this.#target = this.#window = undefined;
  };

  #align = (): void => {
    this.#target?.()?.scrollIntoView({ block: 'start', behavior: 'instant' });
  };
}
