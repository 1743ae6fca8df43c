/**
 * Citizen meetings' rules as plain values, without zod: the schemas in `meeting.ts` are
 * built from them and the meetings element checks a registration with them.
 */

/** Languages a meeting may be held in: Darija, Standard Arabic, Tamazight, French, English. */
export const MEETING_LANGUAGES = ['ary', 'ar', 'zgh', 'fr', 'en'] as const;

/** Scheduled (held or to be held), or called off by the commune. */
export const MEETING_STATUSES = ['scheduled', 'cancelled'] as const;

/** What published minutes may link to, by id; the page embedding the element says where each kind lives. */
export const MEETING_LINK_KINDS = ['petition', 'consultation', 'suggestion'] as const;
export type MeetingLinkKind = (typeof MEETING_LINK_KINDS)[number];
/** The id of a linked item: a slug (`bab-zorgan-lane-lighting`) or a code (`S-TRD0-0001`). */
export const MEETING_LINK_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

/** A registration holds a seat (`confirmed`), waits for one (`waiting`), or was given up (`cancelled`). */
export const REGISTRATION_STATUSES = ['confirmed', 'waiting', 'cancelled'] as const;

export const MEETING_NAME_MIN = 2;
export const MEETING_NAME_MAX = 120;
export const MEETING_CONTACT_MAX = 120;
/** One registration brings at most this many people (a family, an association's delegation). */
export const MEETING_PARTY_MAX = 6;
export const MEETING_CAPACITY_MAX = 5000;
export const MEETING_DECISIONS_MAX = 50;
export const MEETING_POINTS_MAX = 50;
export const MEETING_LINKS_MAX = 30;

/** `MTG-XXXX-XXXX-XXXX`: names a registration in the receipt and on the attendance list. */
export const REGISTRATION_REFERENCE_PATTERN = /^MTG-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}$/;
/** The secret a receipt carries to cancel its registration (base64url of 18 random bytes). */
export const CANCELLATION_CODE_PATTERN = /^[A-Za-z0-9_-]{24}$/;
