import { waitUntil } from '../../support/browser-testing.js';

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

const nextFrame = (view: Window) => new Promise((resolve) => view.requestAnimationFrame(resolve));

/**
 * Resolves once none of the elements shows a loading status any more, the page's fonts
 * are in, and the elements' boxes and the page's width have stayed the same for
 * `frames` animation frames in a row (late data or a lazy view would change them).
 */
export async function layoutSettled(page: Document, selectors: string[], frames = 10): Promise<void> {
  const view = page.defaultView!;
  await waitUntil(
    () => selectors.every((selector) => !shadowOf(page, selector)?.querySelector('[aria-busy=true]')),
    'an element kept loading',
  );
  await page.fonts.ready;
  const layout = () =>
    JSON.stringify([
      page.documentElement.scrollWidth,
      ...selectors.map((selector) => {
        const box = page.querySelector(selector)!.getBoundingClientRect();
        return [box.width, box.height];
      }),
    ]);
  let last = layout();
  let steady = 0;
  await waitUntil(async () => {
    await nextFrame(view);
    const now = layout();
    steady = now === last ? steady + 1 : 0;
    last = now;
    return steady >= frames;
  }, 'the layout never settled');
}

/** Types into a field inside an element's shadow root the way a keyboard does: value, then a composed `input`. */
export async function typeInto(root: ShadowRoot, selector: string, value: string): Promise<void> {
  const input = root.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector)!;
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}
