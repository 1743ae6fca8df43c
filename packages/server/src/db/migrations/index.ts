import { migration001 } from './001-satisfaction.js';
import { migration002 } from './002-rating-details.js';
import { migration003 } from './003-satisfaction-staff.js';
import { migration004 } from './004-petitions.js';
import { migration005 } from './005-charters.js';
import { migration006 } from './006-consultations.js';
import { migration007 } from './007-rating-rollups.js';
import { migration008 } from './008-used-challenges.js';
import { migration009 } from './009-staff.js';
import { migration010 } from './010-hardening.js';
import { migration011 } from './011-suggestions.js';
import { migration012 } from './012-meetings.js';
import { migration015 } from './015-tallies.js';
import { migration013 } from './013-action-plan.js';
import { migration016 } from './016-response-tally-questions.js';
import type { Migration } from './migration.js';

/** Every migration this server knows, oldest first. */
export const MIGRATIONS: readonly Migration[] = [
  migration001,
  migration002,
  migration003,
  migration004,
  migration005,
  migration006,
  migration007,
  migration008,
  migration009,
  migration010,
  migration011,
  migration012,
  migration013,
  migration015,
  migration016,
];
