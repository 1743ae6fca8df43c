/**
 * The roles a commune's staff account can hold (issue "Commune console"). Each admin
 * operation of the route table names the roles allowed to call it; `admin` may call all.
 * - `admin`: staff accounts, commune settings, everything;
 * - `editor`: create and edit petitions, consultations, charters, services;
 * - `petitions-officer`: petition status, paper signatures, signature lists;
 * - `moderator`: hide/unhide comments, adhesions, free-text answers to publish;
 * - `viewer`: read results and exports without personal data.
 */
export const STAFF_ROLES = ['admin', 'editor', 'petitions-officer', 'moderator', 'viewer'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];
