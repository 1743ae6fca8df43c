/**
 * The charter's rules as plain values and functions, without zod: the schemas in
 * `charter.ts` are built from them, the server uses them to describe a new version, and
 * the charter element checks an adhesion and compares two versions with them, without
 * bundling the zod runtime.
 */
import type { CharterArticle, CharterDocument, CharterVersionChanges } from './charter.js';

/** Draft, open to public consultation, adopted by the council, adopted then revised. */
export const CHARTER_STATUSES = ['draft', 'consultation', 'adopted', 'revised'] as const;
/** The languages a charter's text may be written in (each optional but Arabic). */
export const CHARTER_LANGUAGES = ['ar', 'fr', 'zgh'] as const;
export { CHARTER_PARTIES } from './charter-parties.js';
export const ADHESION_KINDS = ['association', 'citizen'] as const;

export const ADHESION_NAME_MIN = 3;
export const ADHESION_NAME_MAX = 160;
export const ADHESION_CONTACT_MAX = 120;
export const REGISTRATION_NUMBER_MAX = 40;
export const ADHESION_CITY_MIN = 2;
export const ADHESION_CITY_MAX = 80;

/** At most this many articles in one charter document. */
export const CHARTER_ARTICLES_MAX = 300;

/** Every article of a document, in reading order (parts, then their chapters). */
export function charterArticles(document: CharterDocument): CharterArticle[] {
  const articles: CharterArticle[] = [];
  for (const part of document.parts) {
    articles.push(...(part.articles ?? []));
    for (const chapter of part.chapters ?? []) articles.push(...chapter.articles);
  }
  return articles;
}

/**
 * What changed between two versions, article by article (articles are matched by their
 * `id`, so renumbering alone is not a change of text): ids of the articles added,
 * removed, and changed (title, number or content differ).
 */
export function diffCharterDocuments(before: CharterDocument, after: CharterDocument): CharterVersionChanges {
  const old = new Map(charterArticles(before).map((article) => [article.id, article]));
  const next = charterArticles(after);
  const nextIds = new Set(next.map((article) => article.id));
  return {
    added: next.filter((article) => !old.has(article.id)).map((article) => article.id),
    removed: [...old.keys()].filter((id) => !nextIds.has(id)),
    changed: next
      .filter((article) => old.has(article.id) && stableJson(old.get(article.id)) !== stableJson(article))
      .map((article) => article.id),
  };
}

/** JSON with sorted keys, so `{ ar, fr }` and `{ fr, ar }` compare equal. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : item,
  );
}
