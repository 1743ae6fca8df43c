import type { AdminRating } from '@mocharaka/core/contract';
import { moroccoIso, toCsv } from '../http/csv.js';

export const RATINGS_CSV_HEADER = ['id', 'date', 'level', 'tags', 'channel', 'page', 'kiosk', 'comment', 'hidden'] as const;

/**
 * The staff export of a service's ratings. A hidden comment is left out (empty cell,
 * `hidden` = true); every text is neutralised against spreadsheet formulas by `toCsv`.
 */
export function ratingsCsv(ratings: readonly AdminRating[]): string {
  return toCsv(
    RATINGS_CSV_HEADER,
    ratings.map((rating) => [
      rating.id,
      moroccoIso(new Date(rating.createdAt)),
      rating.level,
      rating.tags.join(' '),
      rating.channel,
      rating.page,
      rating.kioskId,
      rating.hidden ? '' : rating.comment,
      rating.hidden ? 'true' : 'false',
    ]),
  );
}
