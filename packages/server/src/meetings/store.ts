import type {
  AdminMeeting,
  LocalizedText,
  Meeting,
  MeetingInput,
  MeetingLanguage,
  MeetingMinutesInput,
  MeetingPeriod,
  MeetingPlace,
  MeetingStatus,
} from '@mocharaka/core/contract';
import type { Queryable } from '../db/database.js';
import { THE_COMMUNE } from '../db/the-commune.js';
import { invalidFields } from '../http/http-error.js';
import { promoteWaiting } from './registrations.js';

export interface MeetingRow {
  id: string;
  title: LocalizedText;
  description: LocalizedText | null;
  starts_at: Date | string;
  ends_at: Date | string;
  place: MeetingPlace;
  languages: MeetingLanguage[];
  accessibility: LocalizedText | null;
  status: MeetingStatus;
  capacity: number;
  seats_taken: number;
  waiting_people: number;
  minutes: Omit<MeetingMinutesInput, 'published'> | null;
  minutes_published_at: Date | string | null;
  revision: number;
  updated_at: Date | string;
  registration_open: boolean;
  attended: number;
}

const iso = (value: Date | string) => new Date(value).toISOString();

export const MEETING_COLUMNS = `m.id, m.title, m.description, m.starts_at, m.ends_at, m.place, m.languages, m.accessibility,
  m.status, m.capacity, m.seats_taken, m.waiting_people, m.minutes, m.minutes_published_at, m.revision, m.updated_at,
  (m.status = 'scheduled' AND m.starts_at > now()) AS registration_open,
  (SELECT coalesce(sum(r.people), 0) FROM meeting_registrations r WHERE r.meeting_id = m.id AND r.attended)::integer AS attended`;

export function toMeeting(row: MeetingRow): Meeting {
  return {
    id: row.id,
    title: row.title,
    ...(row.description ? { description: row.description } : {}),
    startsAt: iso(row.starts_at),
    endsAt: iso(row.ends_at),
    place: row.place,
    languages: row.languages,
    ...(row.accessibility ? { accessibility: row.accessibility } : {}),
    status: row.status,
    seats: { capacity: row.capacity, taken: row.seats_taken, waiting: row.waiting_people },
    registrationOpen: row.registration_open,
    ...(row.minutes && row.minutes_published_at
      ? { minutes: { ...row.minutes, attendance: row.attended, publishedAt: iso(row.minutes_published_at) } }
      : {}),
  };
}

function toAdminMeeting(row: MeetingRow): AdminMeeting {
  return { ...toMeeting(row), ...(row.minutes ? { minutesDraft: { ...row.minutes, published: row.minutes_published_at !== null } } : {}) };
}

/** Upcoming meetings (not yet over) soonest first, or past ones latest first. */
export async function listMeetings(db: Queryable, when: MeetingPeriod): Promise<Meeting[]> {
  const rows = await db.query<MeetingRow>(
    when === 'upcoming'
      ? `SELECT ${MEETING_COLUMNS} FROM meetings m WHERE m.ends_at > now() ORDER BY m.starts_at, m.id LIMIT 200`
      : `SELECT ${MEETING_COLUMNS} FROM meetings m WHERE m.ends_at <= now() ORDER BY m.starts_at DESC, m.id LIMIT 200`,
  );
  return rows.map(toMeeting);
}

export async function findMeetingRow(db: Queryable, id: string): Promise<MeetingRow | undefined> {
  const [row] = await db.query<MeetingRow>(`SELECT ${MEETING_COLUMNS} FROM meetings m WHERE m.id = $1`, [id]);
  return row;
}

export async function findMeeting(db: Queryable, id: string): Promise<Meeting | undefined> {
  const row = await findMeetingRow(db, id);
  return row && toMeeting(row);
}

export async function findAdminMeeting(db: Queryable, id: string): Promise<AdminMeeting | undefined> {
  const row = await findMeetingRow(db, id);
  return row && toAdminMeeting(row);
}

export async function adminMeetings(db: Queryable): Promise<AdminMeeting[]> {
  const rows = await db.query<MeetingRow>(`SELECT ${MEETING_COLUMNS} FROM meetings m ORDER BY m.starts_at DESC, m.id`);
  return rows.map(toAdminMeeting);
}

export async function meetingExists(db: Queryable, id: string): Promise<boolean> {
  return (await db.query('SELECT 1 FROM meetings WHERE id = $1', [id])).length > 0;
}

/**
 * Creates a meeting in the server's commune, or updates it (its row locked, so seats are
 * counted against the capacity being set); a larger capacity confirms waiting registrations.
 * Undefined when there is no commune.
 */
export async function upsertMeeting(tx: Queryable, input: MeetingInput): Promise<{ created: boolean; meeting: AdminMeeting } | undefined> {
  const values = [
    input.id,
    input.title,
    input.description ?? null,
    input.startsAt,
    input.endsAt,
    input.place,
    [...new Set(input.languages)],
    input.accessibility ?? null,
    input.status ?? 'scheduled',
    input.capacity,
  ];
  const [existing] = await tx.query<{ seats_taken: number }>('SELECT seats_taken FROM meetings WHERE id = $1 FOR UPDATE', [input.id]);
  if (existing) {
    if (input.capacity < existing.seats_taken)
      throw invalidFields({ capacity: 'too_small' }, 'The capacity is below the seats already taken');
    await tx.query(
      `UPDATE meetings SET title = $2::jsonb, description = $3::jsonb, starts_at = $4, ends_at = $5, place = $6::jsonb,
         languages = $7::jsonb, accessibility = $8::jsonb, status = $9, capacity = $10,
         revision = revision + 1, updated_at = now()
       WHERE id = $1`,
      values,
    );
    await promoteWaiting(tx, input.id);
  } else {
    const inserted = await tx.query(
      `INSERT INTO meetings (id, commune_id, title, description, starts_at, ends_at, place, languages, accessibility, status, capacity)
       SELECT $1, communes.id, $2::jsonb, $3::jsonb, $4, $5, $6::jsonb, $7::jsonb, $8::jsonb, $9, $10
       FROM ${THE_COMMUNE} AS communes RETURNING id`,
      values,
    );
    if (inserted.length === 0) return undefined;
  }
  return { created: !existing, meeting: (await findAdminMeeting(tx, input.id))! };
}

export type MinutesResult = 'saved' | 'not_found' | 'not_held';

/** Saves the minutes; published ones are public from now (their first publication date is kept). */
export async function saveMinutes(tx: Queryable, id: string, input: MeetingMinutesInput): Promise<MinutesResult> {
  const { published, ...minutes } = input;
  const [row] = await tx.query<{ held: boolean }>('SELECT starts_at <= now() AS held FROM meetings WHERE id = $1 FOR UPDATE', [id]);
  if (!row) return 'not_found';
  if (published && !row.held) return 'not_held';
  await tx.query(
    `UPDATE meetings SET minutes = $2::jsonb,
       minutes_published_at = CASE WHEN $3::boolean THEN coalesce(minutes_published_at, now()) END, updated_at = now()
     WHERE id = $1`,
    [id, minutes, published],
  );
  return 'saved';
}
