/**
 * The words inside `cells` that wrap onto more than one line: a header or a label broken in
 * the middle of a word (التقييمات over two lines) on a narrow phone.
 */
export function brokenWords(cells: Iterable<Element>): string[] {
  const broken: string[] = [];
  for (const cell of cells) {
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const word of node.textContent!.matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(node, word.index);
        range.setEnd(node, word.index + word[0].length);
        const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
        if (lines.size > 1) broken.push(word[0]);
      }
    }
  }
  return broken;
}
