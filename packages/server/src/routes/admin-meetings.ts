import type { AdminMeeting, AdminMeetingList, AdminRegistrationList } from '@mocharaka/core/contract';
import type { DerivedKeys } from '../crypto/keys.js';
import { HttpError, invalidFields, notFound } from '../http/http-error.js';
import { OperationRouter, type OperationDeps } from '../http/operation-router.js';
import { exportLanguage, registrationsCsv } from '../meetings/export.js';
import { listRegistrations, markAttendance } from '../meetings/registrations.js';
import { adminMeetings, findAdminMeeting, meetingExists, saveMinutes, upsertMeeting } from '../meetings/store.js';
import { communeMissing, csvDownload, today } from './responses.js';

/** Staff meeting routes: create and edit, the attendance list (opened with `keys`) and its CSV, attendance, minutes. */
export function adminMeetingRoutes(deps: OperationDeps, keys: DerivedKeys) {
  const { db } = deps;
  return new OperationRouter('/v1/admin', deps)
    .serve('listMeetingsForStaff', async (c) => c.json({ items: await adminMeetings(db) } satisfies AdminMeetingList))
    .serve('getMeetingForStaff', async (c, { params }) =>
      c.json(((await findAdminMeeting(db, params.id)) ?? throwNotFound()) satisfies AdminMeeting),
    )
    .serve('upsertMeeting', {
      check: ({ body }) => {
        if (Date.parse(body.endsAt) <= Date.parse(body.startsAt)) throw invalidFields({ endsAt: 'invalid_value' });
      },
      write: async (tx, { body }) => {
        const result = await upsertMeeting(tx, body);
        if (!result) throw communeMissing();
        return { status: result.created ? 201 : 200, body: result.meeting };
      },
    })
    .serve('listMeetingRegistrations', async (c, { params }) => {
      if (!(await meetingExists(db, params.id))) throwNotFound();
      return c.json({ items: await listRegistrations(db, keys, params.id) } satisfies AdminRegistrationList);
    })
    .serve('exportMeetingRegistrations', async (c, { params, query }) => {
      if (!(await meetingExists(db, params.id))) throwNotFound();
      const csv = registrationsCsv(await listRegistrations(db, keys, params.id), exportLanguage(query.lang));
      return csvDownload(c, csv, `attendance-${params.id}-${today()}.csv`);
    })
    .serve('markMeetingAttendance', {
      write: async (tx, { params, body }) => {
        if (!(await meetingExists(tx, params.id))) throwNotFound();
        const registration = await markAttendance(tx, keys, params.id, body.reference, body.attended);
        if (!registration) throw new HttpError(404, 'registration_not_found', 'No such registration for this meeting');
        return { status: 200, body: registration };
      },
    })
    .serve('saveMeetingMinutes', {
      write: async (tx, { params, body }) => {
        const result = await saveMinutes(tx, params.id, body);
        if (result === 'not_found') throwNotFound();
        if (result === 'not_held') throw new HttpError(409, 'meeting_not_held', 'Minutes can be published once the meeting has started');
        return { status: 200, body: (await findAdminMeeting(tx, params.id))! };
      },
    })
    .build();
}

function throwNotFound(): never {
  throw notFound('Meeting');
}
