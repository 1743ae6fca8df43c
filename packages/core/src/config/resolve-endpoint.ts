/** The `<meta>` a page uses to give every Mocharaka element on it the same backend. */
export const ENDPOINT_META_NAME = 'mocharaka:endpoint';

/**
 * Where an element finds its backend: its own `endpoint` (the property, which frameworks
 * such as React and Vue set before any attribute is reflected; else the attribute), else
 * the page's `<meta name="mocharaka:endpoint" content="https://commune.ma/v1">`. Returns
 * undefined when none is set, so the element can say so on screen.
 */
export function resolveEndpoint(element: Element & { endpoint?: unknown }): string | undefined {
  const property = typeof element.endpoint === 'string' ? element.endpoint : undefined;
  const own = (property ?? element.getAttribute('endpoint'))?.trim();
  if (own) return own;
  const meta = element.ownerDocument.querySelector<HTMLMetaElement>(`meta[name="${ENDPOINT_META_NAME}"]`);
  return meta?.content.trim() || undefined;
}
