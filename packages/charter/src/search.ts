/**
 * Search that reads Arabic the way people type it: diacritics (tashkeel) and tatweel
 * are ignored, hamza forms (أ إ آ ٱ ؤ ئ) match their bare letter and a lone hamza (ء)
 * is dropped, taa marbuta (ة) matches haa (ه) and alef maqsura (ى) matches yaa (ي).
 * Latin text is matched without case or accents (é = e), Tifinagh as written, and an
 * Arabic keyboard's digits and separators as Latin ones (١١٣٫١٤ finds 113.14).
 */
// Combining marks (tashkeel, Latin accents) are listed one by one on purpose: each is dropped alone.
// eslint-disable-next-line no-misleading-character-class
const IGNORED = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed\u0640\u0300-\u036f]/;
const FOLDED: Record<string, string> = { أ: 'ا', إ: 'ا', آ: 'ا', ٱ: 'ا', ؤ: 'و', ئ: 'ي', ء: '', ة: 'ه', ى: 'ي', '٫': '.', '٬': ',' };

/** Arabic-Indic (U+0660) and Persian (U+06F0) digits as Latin ones, as core's `toLatinDigits` reads them, without loading it. */
export function latinDigit(char: string): string | undefined {
  const code = char.charCodeAt(0);
  return (code >= 0x660 && code <= 0x669) || (code >= 0x6f0 && code <= 0x6f9) ? String(code & 0xf) : undefined;
}

function foldChar(char: string): string {
  if (IGNORED.test(char)) return '';
  return (
    latinDigit(char) ??
    FOLDED[char] ??
    char
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
  );
}

/** The text as search compares it. */
export function foldForSearch(text: string): string {
  let folded = '';
  for (const char of text) folded += foldChar(char);
  return folded.replace(/\s+/g, ' ').trim();
}

/**
 * Where `query` occurs in `text`, as `[start, end)` ranges of the original text, so the
 * matched words can be marked with their own diacritics. An empty query matches nothing.
 */
export function findMatches(text: string, query: string): Array<[number, number]> {
  const needle = foldForSearch(query);
  if (!needle) return [];
  let folded = '';
  // starts[i]: index in `text` of the character that produced folded[i].
  const starts: number[] = [];
  let index = 0;
  for (const char of text) {
    let out = foldChar(char);
    if (/\s/.test(out)) out = folded.endsWith(' ') ? '' : ' ';
    for (let i = 0; i < out.length; i++) starts.push(index);
    folded += out;
    index += char.length;
  }
  const ranges: Array<[number, number]> = [];
  for (let at = folded.indexOf(needle); at !== -1; at = folded.indexOf(needle, at + needle.length)) {
    const end = at + needle.length;
    ranges.push([starts[at]!, end < starts.length ? starts[end]! : text.length]);
  }
  return ranges;
}
