import * as z from 'zod/mini';
import { Id, LocalizedText, Timestamp, listOf } from './common.js';
import { COMMENT_MAX_LENGTH } from './limits.js';
import { RatingChannel, SatisfactionLevel } from './satisfaction.js';

/** What commune staff send to create or update a service (`POST /v1/admin/services`). */
export const ServiceInput = z.strictObject({
  id: Id,
  name: LocalizedText,
  description: z.optional(LocalizedText),
  /** Order in lists, smallest first. */
  position: z.optional(z.int().check(z.gte(0), z.lte(1_000_000))),
});
export type ServiceInput = z.input<typeof ServiceInput>;

/** A rating as staff read it, with its comment. */
export const AdminRating = z.object({
  id: z.string(),
  serviceId: Id,
  level: SatisfactionLevel,
  comment: z.optional(z.string().check(z.maxLength(COMMENT_MAX_LENGTH))),
  channel: z.optional(RatingChannel),
  createdAt: Timestamp,
});
export type AdminRating = z.infer<typeof AdminRating>;

export const AdminRatingList = listOf(AdminRating);
export type AdminRatingList = z.infer<typeof AdminRatingList>;
