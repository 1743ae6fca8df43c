import type { Operation } from './operations.js';
import { STAFF_ROLES } from './staff-roles.js';

/*
 * The suggestion box's operations, part of the route table: `operations.ts` spreads them
 * in, and `suggestions-route-schemas.ts` gives their schemas. Editors set the lists;
 * editors and moderators triage, answer, publish and merge; every role reads the queue,
 * without contacts.
 */

const op = <const O extends Operation>(operation: O): O => operation;
const TRIAGE = ['editor', 'moderator'] as const;

const submission = { auth: 'public', proof: true, idempotent: true, rateLimit: 'submissions' } as const;

export const suggestionsOperations = {
  getSuggestionBox: op({ method: 'GET', path: '/v1/suggestion-box', auth: 'public' }),
  listSuggestions: op({ method: 'GET', path: '/v1/suggestions', auth: 'public' }),
  submitSuggestion: op({ method: 'POST', path: '/v1/suggestions', ...submission }),
  getSuggestion: op({ method: 'GET', path: '/v1/suggestions/{code}', auth: 'public' }),
  supportSuggestion: op({ method: 'POST', path: '/v1/suggestions/{code}/supports', ...submission }),
  updateSuggestionBox: op({ method: 'POST', path: '/v1/admin/suggestion-box', auth: ['editor'], idempotent: true }),
  listSuggestionsForStaff: op({ method: 'GET', path: '/v1/admin/suggestions', auth: STAFF_ROLES }),
  exportSuggestions: op({ method: 'GET', path: '/v1/admin/suggestions.csv', auth: TRIAGE }),
  getSuggestionForStaff: op({ method: 'GET', path: '/v1/admin/suggestions/{code}', auth: TRIAGE }),
  assignSuggestion: op({ method: 'POST', path: '/v1/admin/suggestions/{code}/assignment', auth: TRIAGE, idempotent: true }),
  answerSuggestion: op({ method: 'POST', path: '/v1/admin/suggestions/{code}/answer', auth: TRIAGE, idempotent: true }),
  publishSuggestion: op({ method: 'POST', path: '/v1/admin/suggestions/{code}/publication', auth: TRIAGE, idempotent: true }),
  mergeSuggestion: op({ method: 'POST', path: '/v1/admin/suggestions/{code}/merge', auth: TRIAGE, idempotent: true }),
} as const satisfies Record<string, Operation>;
