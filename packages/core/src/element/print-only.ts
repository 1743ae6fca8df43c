/**
 * While an element prints, the page around it is not printed: every element of the page
 * that neither is, contains nor lies inside the printing element is hidden for print.
 * A constructed stylesheet (not a `<style>`), so it works under a strict CSP.
 */
const PRINTING = 'data-mocharaka-printing';
let pageSheet: CSSStyleSheet | undefined;

function installPageSheet(document: Document) {
  if (!pageSheet) {
    pageSheet = new CSSStyleSheet();
    pageSheet.replaceSync(`@media print {
      body:has([${PRINTING}]) :not([${PRINTING}]):not(:has([${PRINTING}])):not([${PRINTING}] *) { display: none !important; }
      body:has([${PRINTING}]) :has([${PRINTING}]) { margin: 0 !important; padding: 0 !important; border: 0 !important; box-shadow: none !important; }
    }`);
  }
  if (!document.adoptedStyleSheets.includes(pageSheet)) document.adoptedStyleSheets = [...document.adoptedStyleSheets, pageSheet];
}

/**
 * Prints only `host` (which styles its own print layout under `:host([data-mocharaka-printing])`):
 * the mark stays until the browser says printing is over.
 */
export function printOnly(host: HTMLElement): void {
  installPageSheet(host.ownerDocument);
  host.setAttribute(PRINTING, '');
  const view = host.ownerDocument.defaultView ?? window;
  view.addEventListener('afterprint', () => host.removeAttribute(PRINTING), { once: true });
  view.print();
}
