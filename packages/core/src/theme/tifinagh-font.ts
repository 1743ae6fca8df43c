/**
 * A subset of Noto Sans Tifinagh (SIL Open Font License, `packages/core/fonts/OFL.txt`)
 * for devices without a Tifinagh font, where every Amazigh string would be empty boxes.
 * `unicode-range` makes browsers download it only for pages that show Tifinagh, and only
 * when no installed font has those letters. Declared on the document (a font declared in
 * a shadow root is ignored), with a constructed stylesheet so a strict CSP allows it.
 */
export const TIFINAGH_FONT_FAMILY = 'Mocharaka Tifinagh';
const FONT_URL = new URL('../../fonts/noto-sans-tifinagh-subset.woff2', import.meta.url).href;

const declared = new WeakSet<Document>();

export function declareTifinaghFont(document: Document): void {
  if (declared.has(document)) return;
  declared.add(document);
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`@font-face {
    font-family: '${TIFINAGH_FONT_FAMILY}';
    src: local('Noto Sans Tifinagh'), local('NotoSansTifinagh-Regular'), url('${FONT_URL}') format('woff2');
    unicode-range: U+2D30-2D7F;
    font-display: swap;
  }`);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}
