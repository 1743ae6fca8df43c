import { migration001 } from './001-satisfaction.js';
import type { Migration } from './migration.js';

/** Every migration this server knows, oldest first. Petitions, consultations and charters come as 002+. */
export const MIGRATIONS: readonly Migration[] = [migration001];
