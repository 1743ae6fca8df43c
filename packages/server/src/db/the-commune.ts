/**
 * SQL for the id of the commune this server runs for, to attach a new row to it: the only
 * row of `communes`, and none at all when there is no commune yet or several (a database
 * assembled by hand), so a write then inserts nothing rather than guessing. The same rule
 * as `theCommune()` in staff/commune.ts, for use inside one statement.
 */
export const THE_COMMUNE = '(SELECT id FROM communes WHERE (SELECT count(*) FROM communes) = 1)';
