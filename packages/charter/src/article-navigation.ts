import type { ReactiveController, ReactiveElement } from 'lit';
import type { ScrollHold } from './scroll-hold.js';

/**
 * Links to the charter's articles, as a reactive controller: each article's id and
 * address, the page's fragment followed on load and on `hashchange` (shadow DOM ids are
 * out of the browser's reach), a deep link landed once the article is rendered and held
 * at the top while the page settles, and the article opened last (`target`).
 */
export class ArticleNavigation implements ReactiveController {
  /** The article opened last, highlighted. */
  target?: number;

  readonly #host: ReactiveElement;
  readonly #charterId: () => string | undefined;
  /** The article the page's address names, opened once it is rendered. */
  #landing?: number;
  /** Loaded with the first deep link: most readers never need it. Without it (its download failed) the article is opened once, not held. */
  #hold?: Promise<ScrollHold | undefined>;

  constructor(host: ReactiveElement, charterId: () => string | undefined) {
    this.#host = host;
    this.#charterId = charterId;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.followHash);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.followHash);
    this.#release();
  }

  hostUpdated(): void {
    // The element may still show its fallback (translations loading) when the address names an article.
    const number = this.#landing;
    const article = number === undefined ? null : this.article(number);
    if (!article) return;
    this.#landing = undefined;
    article.focus({ preventScroll: true });
    article.scrollIntoView({ block: 'start' });
    void this.#holdAt(number!);
  }

  articleId(number: number): string {
    return `charter-${this.#charterId()}-article-${number}`;
  }

  articleUrl(number: number): string {
    return `${location.href.replace(/#.*$/, '')}#${this.articleId(number)}`;
  }

  article(number: number): HTMLElement | null {
    return this.#host.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(this.articleId(number))}`);
  }

  /** Opens the article named by the page's fragment, if it is one of this charter's. */
  followHash = (): void => {
    const match = /^#charter-(.+)-article-(\d+)$/.exec(decodeURIComponent(location.hash));
    if (!match || match[1] !== this.#charterId()) return;
    // Highlighted in the render that lands on it (no second render to mark it).
    this.#landing = this.target = Number(match[2]);
    this.#host.requestUpdate();
  };

  /** Scrolls to article `number` and, unless `focus` is false, moves focus to it. */
  async open(number: number, focus = true): Promise<void> {
    this.#release();
    this.target = number;
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    const article = this.article(number);
    if (!article) return;
    const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
    article.scrollIntoView({ block: 'start', behavior: smooth && focus ? 'smooth' : 'auto' });
    if (focus) article.focus({ preventScroll: true });
  }

  /** Follows a link to an article: the address names it, then it opens. */
  go(event: Event, number: number): void {
    event.preventDefault();
    history.pushState(history.state, '', `#${this.articleId(number)}`);
    void this.open(number);
  }

  /** The article the reader is at: the one last opened if still on screen, else the first one on screen. */
  current(): number | undefined {
    const articles = [...this.#host.renderRoot.querySelectorAll<HTMLElement>('article[data-number]')];
    const onScreen = (element: HTMLElement) => {
      const box = element.getBoundingClientRect();
      return box.bottom > 0 && box.top < window.innerHeight;
    };
    const target = articles.find((element) => Number(element.dataset.number) === this.target);
    if (target && onScreen(target)) return this.target;
    const first = articles.find(onScreen);
    return first ? Number(first.dataset.number) : undefined;
  }

  async #holdAt(number: number) {
    const hold = await (this.#hold ??= import('./scroll-hold.js').then(
      (module) => new module.ScrollHold(),
      () => undefined,
    ));
    // The reader may have gone to another article meanwhile.
    if (this.target === number && this.#host.isConnected) hold?.hold(() => this.article(number), this.#host);
  }

  #release() {
    void this.#hold?.then((hold) => hold?.release());
  }
}
