/**
 * The demo commune page as a citizen gets it from the reference server — with its
 * strict Content-Security-Policy — opened same-origin in an iframe (the test runner
 * forwards `/reference/`, `/v1/`, `/elements/` and `/demo/` to the reference server).
 */
export async function openDemoPage(lang: string, width = 400): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.title = 'demo';
  frame.width = String(width);
  frame.height = '800';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/reference/?lang=${lang}`;
  document.body.append(frame);
  await loaded;
  return frame.contentDocument!;
}

export function closeDemoPages(): void {
  document.querySelectorAll('iframe').forEach((frame) => frame.remove());
}

/** The shadow root of the first element matching `selector` on the page. */
export const shadowOf = (page: Document, selector: string) => page.querySelector<HTMLElement>(selector)?.shadowRoot ?? undefined;

/** Types into a field inside an element's shadow root the way a keyboard does: value, then a composed `input`. */
export async function typeInto(root: ShadowRoot, selector: string, value: string): Promise<void> {
  const input = root.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector)!;
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}
