import * as z from 'zod/mini';
import { Id, LocalizedText, Timestamp, listOf } from './common.js';
import { COMMENT_MAX_LENGTH } from './limits.js';
import { RatingChannel, SatisfactionLevel, ServiceTag } from './satisfaction.js';

/** Tags one service may offer. */
export const SERVICE_TAGS_MAX = 24;

/** What commune staff send to create or update a service (`POST /v1/admin/services`). */
export const ServiceInput = z.strictObject({
  id: Id,
  name: LocalizedText,
  description: z.optional(LocalizedText),
  /** Order in lists, smallest first. */
  position: z.optional(z.int().check(z.gte(0), z.lte(1_000_000))),
  /** The quick answers citizens may pick, ids unique. Absent: an existing service keeps its tags; `[]` removes them. */
  tags: z.optional(z.array(ServiceTag).check(z.maxLength(SERVICE_TAGS_MAX))),
});
export type ServiceInput = z.input<typeof ServiceInput>;

/** A rating as staff read it, with its comment. */
export const AdminRating = z.object({
  id: z.string(),
  serviceId: Id,
  level: SatisfactionLevel,
  comment: z.optional(z.string().check(z.maxLength(COMMENT_MAX_LENGTH))),
  channel: z.optional(RatingChannel),
  /** Tag ids the citizen picked (possibly no longer among the service's tags). */
  tags: z.array(Id),
  page: z.optional(z.string()),
  kioskId: z.optional(Id),
  /** Hidden by staff as abusive: the comment is kept for the record but left out of exports. */
  hidden: z.boolean(),
  createdAt: Timestamp,
});
export type AdminRating = z.infer<typeof AdminRating>;

export const AdminRatingList = listOf(AdminRating);
export type AdminRatingList = z.infer<typeof AdminRatingList>;
