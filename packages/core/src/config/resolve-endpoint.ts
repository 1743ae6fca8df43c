/** The `<meta>` a page uses to give every Mocharaka element on it the same backend. */
export const ENDPOINT_META_NAME = 'mocharaka:endpoint';

/**
 * Where an element finds its backend: its own `endpoint` attribute, else the page's
 * `<meta name="mocharaka:endpoint" content="https://commune.ma/v1">`. Returns
 * undefined when neither is set, so the element can say so on screen.
 */
export function resolveEndpoint(element: Element): string | undefined {
  const own = element.getAttribute('endpoint')?.trim();
  if (own) return own;
  const meta = element.ownerDocument.querySelector<HTMLMetaElement>(`meta[name="${ENDPOINT_META_NAME}"]`);
  return meta?.content.trim() || undefined;
}
