import * as z from 'zod/mini';
import { Id, LocalizedText, Timestamp, listOf } from './common.js';

export const SATISFACTION_LEVELS = [1, 2, 3, 4, 5] as const;
export const SatisfactionLevel = z.int().check(z.gte(1), z.lte(5));
export type SatisfactionLevel = z.infer<typeof SatisfactionLevel>;

export const COMMENT_MAX_LENGTH = 1000;

export const Service = z.object({
  id: Id,
  name: LocalizedText,
  description: z.optional(LocalizedText),
});
export type Service = z.infer<typeof Service>;

export const ServiceList = listOf(Service);
export type ServiceList = z.infer<typeof ServiceList>;

export const RatingChannel = z.enum(['web', 'kiosk', 'button']);
export type RatingChannel = z.infer<typeof RatingChannel>;

/** What a citizen posts. Only the level is required: one tap counts. */
export const RatingInput = z.strictObject({
  level: SatisfactionLevel,
  comment: z.optional(z.string().check(z.trim(), z.maxLength(COMMENT_MAX_LENGTH))),
  channel: z.optional(RatingChannel),
});
export type RatingInput = z.input<typeof RatingInput>;

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
  distribution: z.record(z.enum(['1', '2', '3', '4', '5']), z.int()),
});
export type ServiceSummary = z.infer<typeof ServiceSummary>;
