import type { MeetingList } from '@mocharaka/core/contract';
import type { Context } from 'hono';
import type { DerivedKeys } from '../crypto/keys.js';
import { notFound } from '../http/http-error.js';
import { OperationRouter, type OperationDeps } from '../http/operation-router.js';
import { exportLanguage, textIn } from '../meetings/export.js';
import { calendarFile } from '../meetings/ics.js';
import { cancel, register } from '../meetings/registrations.js';
import { findMeetingRow, listMeetings, toMeeting, type MeetingRow } from '../meetings/store.js';

/**
 * The public meetings part of the contract: meetings with their seat counts and published
 * minutes, their calendar file, registering (name and contact sealed with `keys`) and
 * cancelling with the receipt's code. Never a registrant's name.
 */
export function meetingRoutes(deps: OperationDeps, keys: DerivedKeys) {
  const { db } = deps;
  return new OperationRouter('/v1', deps)
    .serve('listMeetings', async (c, { query }) =>
      c.json({ items: await listMeetings(db, query.when ?? 'upcoming') } satisfies MeetingList),
    )
    .serve('getMeeting', async (c, { params }) => c.json(toMeeting((await findMeetingRow(db, params.id)) ?? throwNotFound())))
    .serve('getMeetingCalendar', async (c, { params, query }) =>
      calendarResponse(c, (await findMeetingRow(db, params.id)) ?? throwNotFound(), exportLanguage(query.lang)),
    )
    .serve('registerForMeeting', {
      write: async (tx, { params, body }) => ({ status: 201, body: await register(tx, keys, params.id, body) }),
    })
    .serve('cancelMeetingRegistration', {
      write: async (tx, { params, body }) => ({ status: 200, body: await cancel(tx, params.id, body.code) }),
    })
    .build();
}

function calendarResponse(c: Context, row: MeetingRow, lang: 'ar' | 'fr'): Response {
  const description = [row.description, row.accessibility]
    .filter((text) => !!text)
    .map((text) => textIn(text!, lang))
    .concat(row.place.mapUrl ? [row.place.mapUrl] : [])
    .join('\n\n');
  const ics = calendarFile({
    uid: `meeting-${row.id}@${new URL(c.req.url).hostname}`,
    sequence: row.revision,
    stamp: new Date(),
    lastModified: new Date(row.updated_at),
    start: new Date(row.starts_at),
    end: new Date(row.ends_at),
    summary: textIn(row.title, lang),
    ...(description ? { description } : {}),
    location: textIn(row.place.address, lang),
    ...(row.place.mapUrl ? { locationUrl: row.place.mapUrl } : {}),
    cancelled: row.status === 'cancelled',
    language: lang,
  });
  return c.body(ics, 200, {
    'Content-Type': 'text/calendar; charset=utf-8',
    'Content-Disposition': `attachment; filename="${row.id}.ics"`,
    'Cache-Control': 'no-cache',
  });
}

function throwNotFound(): never {
  throw notFound('Meeting');
}
