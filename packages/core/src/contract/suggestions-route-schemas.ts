import * as z from 'zod/mini';
import { Id } from './common.js';
import type { Answer, PathParameter, QueryParameter, RouteSchemas } from './route-schemas.js';
import {
  AdminSuggestionDetail,
  AdminSuggestionList,
  PublicSuggestion,
  SuggestionAnswerInput,
  SuggestionAssignmentInput,
  SuggestionBox,
  SuggestionBoxInput,
  SuggestionInput,
  SuggestionList,
  SuggestionMergeInput,
  SuggestionPublicationInput,
  SuggestionReceipt,
  SuggestionStatus,
  SupportInput,
  SupportReceipt,
} from './suggestions.js';
import { SUGGESTION_CODE_PATTERN, SUGGESTIONS_PAGE_SIZE, STAFF_SUGGESTIONS_PAGE_SIZE } from './suggestions-rules.js';
import type { suggestionsOperations } from './suggestions-operations.js';

/* The schema half of the suggestion box's operations (see `route-schemas.ts`), spread into `routeSchemas`. */

const json = (schema: z.ZodMiniType, description: string): Answer => ({ schema, description });
const code: Record<'code', PathParameter> = {
  code: { schema: z.string().check(z.regex(SUGGESTION_CODE_PATTERN)), description: 'The follow-up code, `S-XXXX-XXXX`' },
};
const cursor: QueryParameter = {
  schema: z.optional(z.string().check(z.regex(/^[1-9][0-9]{0,17}$/))),
  description: 'The `nextCursor` of the previous page',
  invalid: { status: 400, code: 'invalid_cursor', message: 'cursor must be a nextCursor returned by this endpoint' },
};
const filters = {
  topic: { schema: z.optional(Id), description: 'Only this topic' },
  status: { schema: z.optional(SuggestionStatus), description: 'Only this status' },
} satisfies Record<string, QueryParameter>;
const updated = json(AdminSuggestionDetail, 'The suggestion');

export const suggestionsRouteSchemas = {
  getSuggestionBox: {
    summary: 'The topics, neighbourhoods and departments of the commune’s suggestion box',
    responses: { 200: json(SuggestionBox, 'The lists (empty until staff set them)') },
  },
  listSuggestions: {
    summary: 'Published suggestions and remarks with their answers, newest first',
    description: `${SUGGESTIONS_PAGE_SIZE} per page. Merged duplicates are left out (their supports count on the one they joined).`,
    query: { ...filters, cursor },
    responses: { 200: json(SuggestionList, 'A page of suggestions') },
  },
  submitSuggestion: {
    summary: 'Send a suggestion or a remark; the receipt gives its follow-up code',
    description: 'A contact, when left, is sealed at rest and only ever shown to staff, for the purpose stated with it.',
    body: SuggestionInput,
    responses: { 201: json(SuggestionReceipt, 'Received') },
    errors: {
      409: ['`suggestion_box_closed`: the commune has not listed its topics yet'],
      422: ['`fields.topic: invalid_value` / `fields.neighbourhood: invalid_value`: not in the commune’s lists'],
    },
  },
  getSuggestion: {
    summary: 'Follow a suggestion by its code: status, dates and the commune’s dated answer',
    params: code,
    responses: { 200: json(PublicSuggestion, 'The suggestion (never its contact)') },
  },
  supportSuggestion: {
    summary: '“Me too”: support a published suggestion, once per browser',
    description: 'Only a hash of `supporterToken` is kept. A second support from one token is not counted (`counted: false`).',
    params: code,
    body: SupportInput,
    responses: { 200: json(SupportReceipt, 'The support count') },
    errors: { 404: ['`not_found`: no published suggestion with this code'] },
  },
  updateSuggestionBox: {
    summary: 'Set the suggestion box’s topics, neighbourhoods and departments (staff)',
    body: SuggestionBoxInput,
    responses: { 200: json(SuggestionBox, 'The lists') },
    errors: {
      409: ['`commune_missing`: no commune is configured yet'],
      422: ['`fields.topics: invalid_value`: a topic or department dropped that a suggestion still uses, or two with one id'],
    },
  },
  listSuggestionsForStaff: {
    summary: 'The triage queue: every suggestion, oldest first, without contacts (staff)',
    query: {
      ...filters,
      department: { schema: z.optional(Id), description: 'Only those assigned to this department' },
      cursor,
    },
    responses: { 200: json(AdminSuggestionList, `A page of at most ${STAFF_SUGGESTIONS_PAGE_SIZE}`) },
  },
  exportSuggestions: {
    summary: 'Every suggestion as CSV, contacts opened (staff)',
    responses: {
      200: {
        mediaType: 'text/csv',
        description:
          'Code, kind, topic, neighbourhood, status, department, published, merged into, supports, received, studied, answered, text, answer, contact',
      },
    },
  },
  getSuggestionForStaff: {
    summary: 'One suggestion with the citizen’s contact, if left (staff)',
    params: code,
    responses: { 200: updated },
  },
  assignSuggestion: {
    summary: 'Assign a suggestion to a department; a received one moves to under study (staff)',
    params: code,
    body: SuggestionAssignmentInput,
    responses: { 200: updated },
    errors: { 409: ['`suggestion_merged`: merged into another one'], 422: ['`fields.department: invalid_value`: not a listed department'] },
  },
  answerSuggestion: {
    summary: 'Give the commune’s public answer: answered or not retained, dated now (staff)',
    params: code,
    body: SuggestionAnswerInput,
    responses: { 200: updated },
    errors: { 409: ['`suggestion_merged`: merged into another one'] },
  },
  publishSuggestion: {
    summary: 'Publish a suggestion in the public list, or keep it private (staff)',
    params: code,
    body: SuggestionPublicationInput,
    responses: { 200: updated },
    errors: { 409: ['`suggestion_merged`: merged into another one'] },
  },
  mergeSuggestion: {
    summary: 'Merge a duplicate into another suggestion; its supports move there, once per browser (staff)',
    params: code,
    body: SuggestionMergeInput,
    responses: { 200: json(AdminSuggestionDetail, 'The suggestion merged into') },
    errors: {
      404: ['`not_found`: no suggestion `into`'],
      409: ['`suggestion_merged`: either one is already merged', '`same_suggestion`: merged into itself'],
    },
  },
} as const satisfies Record<keyof typeof suggestionsOperations, RouteSchemas>;
