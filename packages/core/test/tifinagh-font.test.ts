import { expect, waitUntil } from '../../../test/support/browser-testing.js';
import { declareTifinaghFont, TIFINAGH_FONT_FAMILY } from '../src/theme/tifinagh-font.js';

const TEXT = 'ⵜⴰⵎⴰⵣⵉⵖⵜ';
const fontRequests = () => performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith('.woff2'));

/** Width of `text` drawn with only `family` before the browser's last-resort fallback. */
function width(text: string, family: string): number {
  const span = document.createElement('span');
  span.style.fontFamily = family;
  span.style.fontSize = '32px';
  span.textContent = text;
  document.body.append(span);
  const measured = span.getBoundingClientRect().width;
  span.remove();
  return measured;
}

describe('the shipped Tifinagh font', () => {
  it('is declared once on the document, and not downloaded for a page without Tifinagh', async () => {
    declareTifinaghFont(document);
    declareTifinaghFont(document);
    const faces = [...document.fonts].filter((face) => face.family.replace(/['"]/g, '') === TIFINAGH_FONT_FAMILY);
    expect(faces).to.have.length(1);
    expect(faces[0].unicodeRange.toUpperCase()).to.contain('U+2D30-2D7F');
    const probe = document.createElement('p');
    probe.style.fontFamily = `'${TIFINAGH_FONT_FAMILY}', serif`;
    probe.textContent = 'Commune de Taroudant';
    document.body.append(probe);
    await document.fonts.ready;
    // A local Noto Sans Tifinagh may answer at once; the shipped file is never fetched.
    expect(fontRequests()).to.have.length(0);
    probe.remove();
  });

  it('loads for Tifinagh text and draws real glyphs, not tofu boxes', async () => {
    declareTifinaghFont(document);
    const face = [...document.fonts].find((one) => one.family.replace(/['"]/g, '') === TIFINAGH_FONT_FAMILY)!;
    await document.fonts.load(`32px '${TIFINAGH_FONT_FAMILY}'`, TEXT);
    await waitUntil(() => face.status === 'loaded', `the font did not load (${face.status})`);
    // Tofu boxes (no glyph) all have one width; real Tifinagh letters differ from each other.
    const letters = [...'ⵜⴰⵣⵉⵖⵏ'].map((letter) => width(letter, `'${TIFINAGH_FONT_FAMILY}'`));
    expect(new Set(letters.map((w) => Math.round(w))).size, `all letters have one width: ${letters}`).to.be.greaterThan(1);
    const tofu = width('\u{10FFFD}'.repeat(TEXT.length), `'${TIFINAGH_FONT_FAMILY}'`);
    expect(Math.abs(width(TEXT, `'${TIFINAGH_FONT_FAMILY}'`) - tofu)).to.be.greaterThan(1);
  });
});

describe('the shipped Tifinagh font file', () => {
  it('covers the Tifinagh letters on its own (as on a device without any Tifinagh font)', async () => {
    const url = new URL('../fonts/noto-sans-tifinagh-subset.woff2', import.meta.url).href;
    const face = new FontFace('Shipped Tifinagh Only', `url(${url}) format('woff2')`);
    document.fonts.add(face);
    await face.load();
    expect(fontRequests().some((entry) => entry.name.endsWith('noto-sans-tifinagh-subset.woff2'))).to.equal(true);
    const letters = [...'ⵜⴰⵣⵉⵖⵏ'].map((letter) => width(letter, "'Shipped Tifinagh Only'"));
    expect(new Set(letters.map((w) => Math.round(w))).size, `all letters have one width: ${letters}`).to.be.greaterThan(1);
    const tofu = width('\u{10FFFD}'.repeat(TEXT.length), "'Shipped Tifinagh Only'");
    expect(Math.abs(width(TEXT, "'Shipped Tifinagh Only'") - tofu)).to.be.greaterThan(1);
    document.fonts.delete(face);
  });
});
