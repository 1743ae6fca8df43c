import * as z from 'zod/mini';
import { Id, LocalizedText, Timestamp, listOf, wellFormed } from './common.js';
import { COMMENT_MAX_LENGTH, TAGS_MAX } from './limits.js';

export const SatisfactionLevel = z.int().check(z.gte(1), z.lte(5));
export type SatisfactionLevel = z.infer<typeof SatisfactionLevel>;

export const TagKind = z.enum(['positive', 'negative']);
export type TagKind = z.infer<typeof TagKind>;

/** A quick answer to "what went well / what went wrong", configured per service. */
export const ServiceTag = z.object({
  id: Id,
  label: LocalizedText,
  kind: TagKind,
});
export type ServiceTag = z.infer<typeof ServiceTag>;

export const Service = z.object({
  id: Id,
  name: LocalizedText,
  description: z.optional(LocalizedText),
  tags: z.optional(z.array(ServiceTag)),
});
export type Service = z.infer<typeof Service>;

export const ServiceList = listOf(Service);
export type ServiceList = z.infer<typeof ServiceList>;

export const RatingChannel = z.enum(['web', 'kiosk', 'button']);
export type RatingChannel = z.infer<typeof RatingChannel>;

const Tags = z.array(Id).check(z.maxLength(TAGS_MAX));
const Comment = z.string().check(z.trim(), z.maxLength(COMMENT_MAX_LENGTH), wellFormed());

/** What a citizen posts. Only the level is required: one tap counts. */
export const RatingInput = z.strictObject({
  level: SatisfactionLevel,
  tags: z.optional(Tags),
  comment: z.optional(Comment),
  channel: z.optional(RatingChannel),
  /** The page the rating was given on (path and query only, no fragment). */
  page: z.optional(z.string().check(z.maxLength(500), wellFormed())),
  /** Identifies a counter tablet, so limits apply per kiosk. */
  kioskId: z.optional(Id),
});
export type RatingInput = z.input<typeof RatingInput>;

/**
 * Tags and comment added after the first tap. `ratingKey` is the Idempotency-Key the
 * rating was posted with: only the browser that rated knows it, so it proves the
 * details come from the same participant without accounts. Accepted for one hour.
 */
export const RatingDetailsInput = z.strictObject({
  ratingKey: z.string().check(z.minLength(16), z.maxLength(100), wellFormed()),
  tags: z.optional(Tags),
  comment: z.optional(Comment),
});
export type RatingDetailsInput = z.input<typeof RatingDetailsInput>;

export const RatingReceipt = z.object({
  id: z.string(),
  serviceId: Id,
  level: SatisfactionLevel,
  createdAt: Timestamp,
});
export type RatingReceipt = z.infer<typeof RatingReceipt>;

export const ServiceSummary = z.object({
  serviceId: Id,
  count: z.int().check(z.gte(0)),
  /** Mean level, null when there is no rating yet. */
  mean: z.nullable(z.number()),
  /** Number of ratings per level, keys "1" to "5". */
  distribution: z.object({ 1: z.int(), 2: z.int(), 3: z.int(), 4: z.int(), 5: z.int() }),
  /** Share of ratings at levels 4 and 5, from 0 to 1; null without ratings. */
  satisfactionScore: z.optional(z.nullable(z.number())),
  /** False below SIGNIFICANT_COUNT ratings: too few to compare. */
  significant: z.optional(z.boolean()),
  /** Per calendar month (Morocco time), oldest first, months without ratings omitted. */
  trend: z.optional(
    z.array(
      z.object({
        month: z.string().check(z.regex(/^\d{4}-\d{2}$/)),
        count: z.int(),
        mean: z.number(),
        satisfactionScore: z.number(),
      }),
    ),
  ),
  /** The most chosen tags, most frequent first (at most 5). */
  topTags: z.optional(z.array(z.object({ tagId: Id, count: z.int() }))),
});
export type ServiceSummary = z.infer<typeof ServiceSummary>;
