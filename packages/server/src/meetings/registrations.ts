import type {
  AdminRegistration,
  CancellationReceipt,
  RegistrationInput,
  RegistrationReceipt,
  RegistrationStatus,
} from '@mocharaka/core/contract';
import type { DerivedKeys } from '../crypto/keys.js';
import type { Queryable } from '../db/database.js';
import { HttpError, notFound } from '../http/http-error.js';
import {
  cancellationHash,
  newCancellationCode,
  newRegistrationReference,
  openRegistration,
  sealRegistration,
} from './registration-data.js';

/*
 * Seats. Every change of who holds a seat first locks the meeting's row (FOR UPDATE), so
 * concurrent registrations and cancellations of one meeting take turns on its counters
 * (`seats_taken`, `waiting_people`), and the CHECK on the row refuses more seats than the
 * capacity whatever happens. The waiting list is served first come, first served: a
 * registration waits whenever someone is already waiting, even if it would fit.
 */

const iso = (value: Date | string) => new Date(value).toISOString();

interface LockedMeeting {
  status: string;
  open: boolean;
  capacity: number;
  seats_taken: number;
  waiting_people: number;
}

const lockMeeting = async (tx: Queryable, meetingId: string) =>
  (
    await tx.query<LockedMeeting>(
      `SELECT status, starts_at > now() AS open, capacity, seats_taken, waiting_people FROM meetings WHERE id = $1 FOR UPDATE`,
      [meetingId],
    )
  )[0];

export async function register(
  tx: Queryable,
  keys: DerivedKeys,
  meetingId: string,
  input: RegistrationInput,
): Promise<RegistrationReceipt> {
  const meeting = await lockMeeting(tx, meetingId);
  if (!meeting) throw notFound('Meeting');
  if (meeting.status === 'cancelled') throw new HttpError(409, 'meeting_cancelled', 'The commune has called this meeting off');
  if (!meeting.open) throw new HttpError(409, 'registration_closed', 'The meeting has started or is over');

  const people = input.people;
  const confirmed = meeting.waiting_people === 0 && meeting.seats_taken + people <= meeting.capacity;
  let waitingPosition: number | undefined;
  if (confirmed) {
    await tx.query('UPDATE meetings SET seats_taken = seats_taken + $2 WHERE id = $1', [meetingId, people]);
  } else {
    const [ahead] = await tx.query<{ count: number | string }>(
      `SELECT count(*) AS count FROM meeting_registrations WHERE meeting_id = $1 AND status = 'waiting'`,
      [meetingId],
    );
    waitingPosition = Number(ahead!.count) + 1;
    await tx.query('UPDATE meetings SET waiting_people = waiting_people + $2 WHERE id = $1', [meetingId, people]);
  }

  const code = newCancellationCode();
  const sealed = sealRegistration(keys, meetingId, { name: input.name, ...(input.contact ? { contact: input.contact } : {}) });
  const [row] = await tx.query<{ reference: string; registered_at: Date | string }>(
    `INSERT INTO meeting_registrations (reference, meeting_id, personal_data, people, status, cancellation_hash)
     VALUES ($1, $2, decode($3, 'hex'), $4, $5, decode($6, 'hex')) RETURNING reference, registered_at`,
    [newRegistrationReference(), meetingId, sealed.toString('hex'), people, confirmed ? 'confirmed' : 'waiting', cancellationHash(code)],
  );
  return {
    receipt: {
      reference: row!.reference,
      cancellationCode: code,
      status: confirmed ? 'confirmed' : 'waiting',
      people,
      ...(waitingPosition ? { waitingPosition } : {}),
      registeredAt: iso(row!.registered_at),
    },
  };
}

/** Frees the registration's seats (or its place in the queue) and confirms who waits next. Cancelling twice answers the first cancellation. */
export async function cancel(tx: Queryable, meetingId: string, code: string): Promise<CancellationReceipt> {
  if (!(await lockMeeting(tx, meetingId))) throw notFound('Meeting');
  const [registration] = await tx.query<{
    id: string;
    reference: string;
    people: number;
    status: RegistrationStatus;
    cancelled_at: Date | string | null;
  }>(
    `SELECT id, reference, people, status, cancelled_at FROM meeting_registrations
     WHERE meeting_id = $1 AND cancellation_hash = decode($2, 'hex')`,
    [meetingId, cancellationHash(code)],
  );
  if (!registration) throw new HttpError(404, 'registration_not_found', 'No registration of this meeting has this cancellation code');
  if (registration.status === 'cancelled') {
    return { cancellation: { reference: registration.reference, cancelledAt: iso(registration.cancelled_at!) } };
  }
  const counter = registration.status === 'confirmed' ? 'seats_taken' : 'waiting_people';
  await tx.query(`UPDATE meetings SET ${counter} = ${counter} - $2 WHERE id = $1`, [meetingId, registration.people]);
  const [row] = await tx.query<{ cancelled_at: Date | string }>(
    `UPDATE meeting_registrations SET status = 'cancelled', cancelled_at = now() WHERE id = $1 RETURNING cancelled_at`,
    [registration.id],
  );
  await promoteWaiting(tx, meetingId);
  return { cancellation: { reference: registration.reference, cancelledAt: iso(row!.cancelled_at) } };
}

/**
 * Confirms waiting registrations in order while the next one fits. The caller holds the
 * meeting's row lock (a cancellation, a capacity change); returns how many were confirmed.
 */
export async function promoteWaiting(tx: Queryable, meetingId: string): Promise<number> {
  let promoted = 0;
  for (;;) {
    const [next] = await tx.query<{ id: string }>(
      `SELECT r.id FROM meeting_registrations r JOIN meetings m ON m.id = r.meeting_id
       WHERE r.meeting_id = $1 AND r.status = 'waiting' AND m.status = 'scheduled'
         AND r.id = (SELECT min(w.id) FROM meeting_registrations w WHERE w.meeting_id = $1 AND w.status = 'waiting')
         AND m.seats_taken + r.people <= m.capacity`,
      [meetingId],
    );
    if (!next) return promoted;
    await tx.query(
      `WITH confirmed AS (UPDATE meeting_registrations SET status = 'confirmed' WHERE id = $2 RETURNING people)
       UPDATE meetings SET seats_taken = seats_taken + confirmed.people, waiting_people = waiting_people - confirmed.people
       FROM confirmed WHERE meetings.id = $1`,
      [meetingId, next.id],
    );
    promoted += 1;
  }
}

interface RegistrationRow {
  reference: string;
  meeting_id: string;
  personal_data: Uint8Array;
  people: number;
  status: RegistrationStatus;
  attended: boolean;
  registered_at: Date | string;
}

const REGISTRATION_COLUMNS = 'reference, meeting_id, personal_data, people, status, attended, registered_at';

function toAdminRegistration(keys: DerivedKeys, row: RegistrationRow): AdminRegistration {
  const { name, contact } = openRegistration(keys, row.meeting_id, row.personal_data);
  return {
    reference: row.reference,
    name,
    ...(contact ? { contact } : {}),
    people: row.people,
    status: row.status,
    attended: row.attended,
    registeredAt: iso(row.registered_at),
  };
}

/** Every registration of a meeting, opened, oldest first. */
export async function listRegistrations(db: Queryable, keys: DerivedKeys, meetingId: string): Promise<AdminRegistration[]> {
  const rows = await db.query<RegistrationRow>(
    `SELECT ${REGISTRATION_COLUMNS} FROM meeting_registrations WHERE meeting_id = $1 ORDER BY id`,
    [meetingId],
  );
  return rows.map((row) => toAdminRegistration(keys, row));
}

export async function markAttendance(
  tx: Queryable,
  keys: DerivedKeys,
  meetingId: string,
  reference: string,
  attended: boolean,
): Promise<AdminRegistration | undefined> {
  const [row] = await tx.query<RegistrationRow>(
    `UPDATE meeting_registrations SET attended = $3 WHERE meeting_id = $1 AND reference = $2 RETURNING ${REGISTRATION_COLUMNS}`,
    [meetingId, reference, attended],
  );
  return row && toAdminRegistration(keys, row);
}
