import type { AdminRating } from '@mocharaka/core/contract';
import { toCsv } from '../http/csv.js';

export const EXPORT_TIME_ZONE = 'Africa/Casablanca';

const parts = new Intl.DateTimeFormat('en-US', {
  timeZone: EXPORT_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
  timeZoneName: 'longOffset',
});

/** ISO 8601 local time in Morocco with its offset, e.g. `2026-03-02T13:00:15+01:00`. */
export function moroccoIso(date: Date): string {
  const part = Object.fromEntries(parts.formatToParts(date).map(({ type, value }) => [type, value]));
  const offset = part.timeZoneName === 'GMT' ? '+00:00' : part.timeZoneName!.slice(3);
  return `${part.year}-${part.month}-${part.day}T${part.hour}:${part.minute}:${part.second}${offset}`;
}

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
