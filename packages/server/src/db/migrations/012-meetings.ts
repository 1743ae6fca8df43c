import type { Migration } from './migration.js';

/**
 * Citizen meetings and their registrations. Seats are counted on the meeting's row
 * (`seats_taken`, `waiting_people`): a registration takes seats with one conditional
 * UPDATE, so two registrations for the last seat cannot both get it; cancellations and
 * capacity changes lock the row and promote the waiting list in order. A registrant's
 * name and contact are sealed in `personal_data` (AES-256-GCM, as charter adhesions);
 * the cancellation code is stored only as its SHA-256.
 */
export const migration012: Migration = {
  version: 12,
  name: 'meetings',
  statements: [
    `CREATE TABLE meetings (
      id text PRIMARY KEY,
      commune_id text NOT NULL REFERENCES communes (id),
      title jsonb NOT NULL,
      description jsonb,
      starts_at timestamptz NOT NULL,
      ends_at timestamptz NOT NULL CHECK (ends_at > starts_at),
      place jsonb NOT NULL,
      languages jsonb NOT NULL,
      accessibility jsonb,
      status text NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled', 'cancelled')),
      capacity integer NOT NULL CHECK (capacity >= 1),
      seats_taken integer NOT NULL DEFAULT 0 CHECK (seats_taken >= 0 AND seats_taken <= capacity),
      waiting_people integer NOT NULL DEFAULT 0 CHECK (waiting_people >= 0),
      minutes jsonb,
      minutes_published_at timestamptz,
      -- Grows with each change: the calendar file's SEQUENCE.
      revision integer NOT NULL DEFAULT 0,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`,
    `CREATE INDEX meetings_by_time ON meetings (commune_id, starts_at, id)`,
    `CREATE TABLE meeting_registrations (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      reference text NOT NULL UNIQUE,
      meeting_id text NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
      personal_data bytea NOT NULL,
      people integer NOT NULL CHECK (people >= 1),
      status text NOT NULL CHECK (status IN ('confirmed', 'waiting', 'cancelled')),
      cancellation_hash bytea NOT NULL UNIQUE,
      attended boolean NOT NULL DEFAULT false,
      registered_at timestamptz NOT NULL DEFAULT now(),
      cancelled_at timestamptz
    )`,
    `CREATE INDEX meeting_registrations_by_meeting ON meeting_registrations (meeting_id, id)`,
    `CREATE INDEX meeting_registrations_waiting ON meeting_registrations (meeting_id, id) WHERE status = 'waiting'`,
  ],
};
