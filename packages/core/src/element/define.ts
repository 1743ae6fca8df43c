/**
 * Defines a custom element unless a copy is already there: CMS pages often load the
 * same script twice, and a second `customElements.define` would throw.
 */
export function defineElement(tagName: string, constructor: CustomElementConstructor): void {
  const existing = customElements.get(tagName);
  if (!existing) {
    customElements.define(tagName, constructor);
  } else if (existing !== constructor) {
    warnOnce(`duplicate:${tagName}`, `<${tagName}> defined twice (two copies of Mocharaka?); the first is kept`);
  }
}

const warned = new Set<string>();

/** A console warning for developers, printed once per key. */
export function warnOnce(key: string, message: string): void {
  if (warned.has(key)) return;
  warned.add(key);
  console.warn(`[mocharaka] ${message}`);
}
