/**
 * What a package that fills a database with its own content (the demo commune, a
 * commune's migration script) needs from the server: the database type and the same
 * keyed hashes and sealing the server uses, so seeded rows are indistinguishable from
 * submitted ones.
 */
export type { Database, Queryable } from './db/database.js';
export { openPglite } from './db/pglite.js';
export { migrate } from './db/migrate.js';
export { nationalIdHash } from './crypto/id-hash.js';
export { deriveKeys } from './crypto/keys.js';
export { seal } from './crypto/sealed-box.js';
export { participantTokenHash } from './consultations/responses.js';
