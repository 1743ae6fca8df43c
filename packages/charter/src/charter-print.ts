import { css, render, type CSSResultOrNative, type TemplateResult } from 'lit';
import { directionOf, PUBLIC_TOKENS, type Locale } from '@mocharaka/core';

/**
 * Printing only the charter: a hidden frame inside the element gets a document of its
 * own, rendered from the same templates as the element (DOM nodes and constructed
 * style sheets only: no markup strings, so it works on host pages with a strict CSP and
 * Trusted Types), and only that frame is printed. The host page, its floating buttons
 * and its other widgets are not part of it.
 */

/** The page layout, on top of the element's own print rules. */
const printLayout = css`
  @page {
    margin: 18mm 16mm;
  }
  :root {
    font-size: 11pt;
    background: #fff;
  }
  body {
    margin: 0;
  }
  h2,
  h3,
  h4,
  h5 {
    break-after: avoid;
  }
  p,
  li {
    orphans: 3;
    widows: 3;
  }
`;

/** Where the frame's window is printed; a test replaces it to look at the frame instead of opening a dialog. */
export const printer = { print: (view: Window) => view.print() };

/** The element's styles for a document: rules written for `:host` apply to the document's root. */
function documentCss(styles: readonly CSSResultOrNative[], host: Element): string {
  const computed = getComputedStyle(host);
  // The commune's theme set on the host page, carried into the printed document.
  const tokens = Object.keys(PUBLIC_TOKENS)
    .map((name) => [name, computed.getPropertyValue(name).trim()])
    .filter(([, value]) => value)
    .map(([name, value]) => `${name}: ${value};`)
    .join(' ');
  const rules = [...styles, printLayout].map((style) =>
    style instanceof CSSStyleSheet ? [...style.cssRules].map((rule) => rule.cssText).join('\n') : style.cssText,
  );
  return `:root { ${tokens} }\n${rules.join('\n').replace(/:host(?![\w(-])/g, ':root')}`;
}

/** Prints `content` (the charter as the reader has it shown: its language or languages), and nothing else. */
export async function printCharter(
  host: HTMLElement,
  styles: readonly CSSResultOrNative[],
  content: TemplateResult,
  { title, locale }: { title: string; locale: Locale },
): Promise<void> {
  const root = host.shadowRoot!;
  root.querySelector('iframe.print-frame')?.remove();
  const frame = document.createElement('iframe');
  frame.className = 'print-frame';
  frame.title = title;
  frame.tabIndex = -1;
  frame.setAttribute('aria-hidden', 'true');
  root.append(frame);
  const view = frame.contentWindow!;
  const page = frame.contentDocument!;
  page.title = title;
  page.documentElement.lang = locale;
  page.documentElement.dir = directionOf(locale);
  const sheet = new (view as unknown as typeof globalThis).CSSStyleSheet();
  sheet.replaceSync(documentCss(styles, host));
  page.adoptedStyleSheets = [sheet];
  render(content, page.body);
  await page.fonts.ready;
  printer.print(view);
}
