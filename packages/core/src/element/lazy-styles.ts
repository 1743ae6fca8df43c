import { adoptStyles, type CSSResult, type LitElement } from 'lit';

/**
 * The styles of an element's lazy views, adopted into its shadow root after the element's
 * own as their modules arrive (constructable sheets, which a strict CSP allows).
 */
export class LazyStyles {
  readonly #host: LitElement;
  readonly #adopted = new Set<CSSResult>();

  constructor(host: LitElement) {
    this.#host = host;
  }

  adopt(...styles: CSSResult[]): void {
    if (styles.every((style) => this.#adopted.has(style))) return;
    for (const style of styles) this.#adopted.add(style);
    const own = (this.#host.constructor as typeof LitElement).elementStyles;
    adoptStyles(this.#host.renderRoot as ShadowRoot, [...own, ...this.#adopted]);
  }
}
