import * as z from 'zod/mini';
import { Id, LocalizedText, Timestamp, listOf, wellFormed } from './common.js';
import {
  ADHESION_CITY_MAX,
  ADHESION_CITY_MIN,
  ADHESION_CONTACT_MAX,
  ADHESION_NAME_MAX,
  ADHESION_NAME_MIN,
  CHARTER_ARTICLES_MAX,
  CHARTER_LANGUAGES,
  CHARTER_PARTIES,
  CHARTER_STATUSES,
  REGISTRATION_NUMBER_MAX,
  charterArticles,
} from './charter-rules.js';
import { CONTACT_PATTERN } from './limits.js';

export const CharterStatus = z.enum(CHARTER_STATUSES);
export type CharterStatus = z.infer<typeof CharterStatus>;
export const CharterLanguage = z.enum(CHARTER_LANGUAGES);
export type CharterLanguage = z.infer<typeof CharterLanguage>;
export const CharterParty = z.enum(CHARTER_PARTIES);
export type CharterParty = z.infer<typeof CharterParty>;

/** A calendar date, `2025-02-04`. */
export const CalendarDate = z.iso.date();

const Items = z.array(LocalizedText).check(z.minLength(1), z.maxLength(60));

/**
 * One piece of an article's content. Structured data, never HTML: the element renders
 * each kind with its own template.
 */
export const CharterBlock = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('paragraph'), text: LocalizedText }),
  /** A list; `ordered` lists are numbered 1, 2, 3… */
  z.strictObject({ type: z.literal('list'), ordered: z.optional(z.boolean()), items: Items }),
  /** What one party commits to (the commune, associations, citizens). */
  z.strictObject({ type: z.literal('commitments'), party: CharterParty, items: Items }),
  z.strictObject({
    type: z.literal('definitions'),
    items: z.array(z.strictObject({ term: LocalizedText, definition: LocalizedText })).check(z.minLength(1), z.maxLength(60)),
  }),
]);
export type CharterBlock = z.infer<typeof CharterBlock>;

export const CharterArticle = z.strictObject({
  /** Stable across versions: how two versions' articles are matched. */
  id: Id,
  /** Shown as "Article 12" and used in the article's link (`#charter-<id>-article-12`). */
  number: z.int().check(z.gte(1), z.lte(10_000)),
  title: z.optional(LocalizedText),
  blocks: z.array(CharterBlock).check(z.minLength(1), z.maxLength(40)),
});
export type CharterArticle = z.infer<typeof CharterArticle>;

export const CharterChapter = z.strictObject({
  id: Id,
  title: LocalizedText,
  articles: z.array(CharterArticle).check(z.minLength(1), z.maxLength(CHARTER_ARTICLES_MAX)),
});
export type CharterChapter = z.infer<typeof CharterChapter>;

/** A part (preamble, reference framework, commitments…): its own articles, then its chapters. */
export const CharterPart = z.strictObject({
  id: Id,
  title: LocalizedText,
  articles: z.optional(z.array(CharterArticle).check(z.maxLength(CHARTER_ARTICLES_MAX))),
  chapters: z.optional(z.array(CharterChapter).check(z.maxLength(50))),
});
export type CharterPart = z.infer<typeof CharterPart>;

/** The text of a charter: article ids and numbers are unique in it. */
export const CharterDocument = z.strictObject({ parts: z.array(CharterPart).check(z.minLength(1), z.maxLength(30)) }).check(
  z.refine(
    (document) => {
      const articles = charterArticles(document);
      return (
        articles.length >= 1 &&
        articles.length <= CHARTER_ARTICLES_MAX &&
        new Set(articles.map((article) => article.id)).size === articles.length &&
        new Set(articles.map((article) => article.number)).size === articles.length
      );
    },
    { message: 'Article ids and numbers must be unique, and there must be 1 to 300 articles' },
  ),
);
export type CharterDocument = z.infer<typeof CharterDocument>;

/** Ids of the articles added, removed and changed by a version, compared with the one before. */
export const CharterVersionChanges = z.object({
  added: z.array(Id),
  removed: z.array(Id),
  changed: z.array(Id),
});
export type CharterVersionChanges = z.infer<typeof CharterVersionChanges>;

export const CharterVersionSummary = z.object({
  number: z.int().check(z.gte(1)),
  publishedAt: Timestamp,
  /** What this version is about, as staff wrote it. */
  note: z.optional(LocalizedText),
  /** Absent for the first version. */
  changes: z.optional(CharterVersionChanges),
});
export type CharterVersionSummary = z.infer<typeof CharterVersionSummary>;

/** The public consultation on the draft: when, and where citizens give their opinion. */
export const CharterConsultation = z.object({
  opensAt: Timestamp,
  closesAt: Timestamp,
  url: z.optional(z.url({ protocol: /^https$/ })),
});
export type CharterConsultation = z.infer<typeof CharterConsultation>;

/** A council decision: the session (e.g. "ordinary session of February 2025") and its date. */
export const CouncilDecision = z.object({ date: CalendarDate, session: LocalizedText });
export type CouncilDecision = z.infer<typeof CouncilDecision>;

/** What `GET /v1/charters` lists. */
export const CharterSummary = z.object({
  id: Id,
  title: LocalizedText,
  status: CharterStatus,
  /** Languages the whole text is written in; Arabic first. */
  languages: z.array(CharterLanguage),
  version: z.int().check(z.gte(1)),
  adoption: z.optional(CouncilDecision),
});
export type CharterSummary = z.infer<typeof CharterSummary>;

export const CharterList = listOf(CharterSummary);
export type CharterList = z.infer<typeof CharterList>;

/** One version of a charter with its life cycle: `GET /v1/charters/{id}` (current) and `/versions/{n}`. */
export const Charter = z.object({
  id: Id,
  commune: z.object({ id: Id, name: LocalizedText }),
  title: LocalizedText,
  summary: z.optional(LocalizedText),
  status: CharterStatus,
  languages: z.array(CharterLanguage),
  consultation: z.optional(CharterConsultation),
  adoption: z.optional(CouncilDecision),
  /** The council session that adopted the latest revision. */
  revision: z.optional(CouncilDecision),
  /** The version shown here. */
  version: CharterVersionSummary,
  /** The number of the current version (the latest). */
  currentVersion: z.int().check(z.gte(1)),
  /** Every version, oldest first. */
  versions: z.array(CharterVersionSummary),
  document: CharterDocument,
});
export type Charter = z.infer<typeof Charter>;

const Name = z.string().check(z.trim(), z.minLength(ADHESION_NAME_MIN), z.maxLength(ADHESION_NAME_MAX), wellFormed());
const Contact = z.string().check(z.trim(), z.maxLength(ADHESION_CONTACT_MAX), z.regex(CONTACT_PATTERN), wellFormed());

/**
 * Adhering to a charter. An association gives its registration details (the number of
 * its registration receipt and the city where it was registered); a citizen gives a
 * name. The contact is for the commune only and is never published.
 */
export const AdhesionInput = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('association'),
    name: Name,
    contact: Contact,
    consent: z.literal(true),
    registrationNumber: z.string().check(z.trim(), z.minLength(1), z.maxLength(REGISTRATION_NUMBER_MAX), wellFormed()),
    city: z.string().check(z.trim(), z.minLength(ADHESION_CITY_MIN), z.maxLength(ADHESION_CITY_MAX), wellFormed()),
  }),
  z.strictObject({ kind: z.literal('citizen'), name: Name, contact: Contact, consent: z.literal(true) }),
]);
export type AdhesionInput = z.input<typeof AdhesionInput>;
export type AdhesionKind = AdhesionInput['kind'];

export const AdhesionReceipt = z.object({
  receipt: z.object({ reference: z.string(), kind: z.enum(['association', 'citizen']), adheredAt: Timestamp }),
});
export type AdhesionReceipt = z.infer<typeof AdhesionReceipt>;

/** Public: counts, and the names of adhering associations. Never a citizen's name, never a contact. */
export const CharterAdhesions = z.object({
  counts: z.object({ associations: z.int().check(z.gte(0)), citizens: z.int().check(z.gte(0)) }),
  items: z.array(z.object({ name: z.string(), adheredAt: Timestamp })),
});
export type CharterAdhesions = z.infer<typeof CharterAdhesions>;

// Staff (admin token)

/** A new charter, created as a draft at version 1. */
export const CharterInput = z.strictObject({
  id: Id,
  title: LocalizedText,
  summary: z.optional(LocalizedText),
  note: z.optional(LocalizedText),
  document: CharterDocument,
});
export type CharterInput = z.input<typeof CharterInput>;

/** A new version of a charter's text; title and summary default to the previous version's. */
export const CharterVersionInput = z.strictObject({
  title: z.optional(LocalizedText),
  summary: z.optional(LocalizedText),
  note: z.optional(LocalizedText),
  document: CharterDocument,
});
export type CharterVersionInput = z.input<typeof CharterVersionInput>;

/** Moves the charter along its life cycle; absent dates are left as they are. */
export const CharterStatusInput = z.strictObject({
  status: CharterStatus,
  consultation: z.optional(CharterConsultation),
  adoption: z.optional(CouncilDecision),
  revision: z.optional(CouncilDecision),
});
export type CharterStatusInput = z.input<typeof CharterStatusInput>;

/** An adhesion as staff see it, contact included. */
export const AdminAdhesion = z.object({
  reference: z.string(),
  kind: z.enum(['association', 'citizen']),
  name: z.string(),
  contact: z.string(),
  registrationNumber: z.optional(z.string()),
  city: z.optional(z.string()),
  hidden: z.boolean(),
  adheredAt: Timestamp,
});
export type AdminAdhesion = z.infer<typeof AdminAdhesion>;

export const AdminAdhesionList = listOf(AdminAdhesion);
export type AdminAdhesionList = z.infer<typeof AdminAdhesionList>;
