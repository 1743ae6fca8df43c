import { charterArticles, type CharterArticle, type CharterBlock, type CharterDocument, type CharterPart } from '@mocharaka/core';
import { emptyText, nextId } from '../consultations/survey-draft.js';

export type BlockType = CharterBlock['type'];
export const BLOCK_TYPES: readonly BlockType[] = ['paragraph', 'list', 'commitments', 'definitions'];

export function blankBlock(type: BlockType): CharterBlock {
  switch (type) {
    case 'paragraph':
      return { type, text: emptyText() };
    case 'list':
      return { type, ordered: false, items: [emptyText()] };
    case 'commitments':
      return { type, party: 'commune', items: [emptyText()] };
    case 'definitions':
      return { type, items: [{ term: emptyText(), definition: emptyText() }] };
  }
}

/** A new article numbered after the document's last, with an id not yet used. */
export function blankArticle(document: CharterDocument): CharterArticle {
  const articles = charterArticles(document);
  const number = articles.reduce((max, article) => Math.max(max, article.number), 0) + 1;
  return {
    id: nextId(
      'article-',
      articles.map((article) => article.id),
    ),
    number,
    blocks: [blankBlock('paragraph')],
  };
}

export function blankPart(document: CharterDocument): CharterPart {
  const draft: CharterDocument = { parts: [...document.parts] };
  return {
    id: nextId(
      'part-',
      document.parts.map((part) => part.id),
    ),
    title: emptyText(),
    articles: [blankArticle(draft)],
  };
}

export function blankDocument(): CharterDocument {
  return { parts: [{ id: 'part-1', title: emptyText(), articles: [{ id: 'article-1', number: 1, blocks: [blankBlock('paragraph')] }] }] };
}

/** Changes a block's type, keeping its texts where both types hold a list of texts. */
export function changeBlockType(block: CharterBlock, type: BlockType): CharterBlock {
  if (block.type === type) return block;
  const fresh = blankBlock(type);
  const texts = block.type === 'paragraph' ? [block.text] : block.type === 'definitions' ? undefined : block.items;
  if (texts && (fresh.type === 'list' || fresh.type === 'commitments')) return { ...fresh, items: texts };
  if (fresh.type === 'paragraph' && texts?.[0]) return { ...fresh, text: texts[0] };
  return fresh;
}
