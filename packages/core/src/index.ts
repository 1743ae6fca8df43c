// Browser code gets the contract's types and limits here; the zod schemas themselves
// are at '@mocharaka/core/contract', so an element bundles zod only if it parses.
export type * from './contract/index.js';
export * from './contract/limits.js';
export * from './contract/petition-rules.js';
export { readTypedNumber, toLatinDigits } from './contract/digits.js';
export * from './contract/charter-rules.js';
export * from './contract/consultation-rules.js';
export * from './contract/consultation-checks.js';
export * from './contract/meeting-rules.js';
export * from './contract/action-plan-rules.js';
export * from './contract/suggestions-rules.js';
export { ApiError } from './client/api-error.js';
export type {
  MocharakaBackend,
  SatisfactionBackend,
  PetitionBackend,
  CharterBackend,
  ConsultationBackend,
  SubmitOptions,
  ReadOptions,
} from './client/backend.js';
export type { ActionPlanBackend } from './client/action-plan-backend.js';
export type { MeetingsBackend } from './client/meetings-backend.js';
export type { SuggestionsBackend, SuggestionFilter } from './client/suggestions-backend.js';
export { HttpBackend, type HttpBackendOptions } from './client/http-backend.js';
export { HttpClient, type HttpBackendFactory } from './client/http-client.js';
export { satisfactionOverHttp } from './client/over-http/satisfaction.js';
export { petitionOverHttp } from './client/over-http/petition.js';
export { consultationOverHttp } from './client/over-http/consultation.js';
export { charterOverHttp } from './client/over-http/charter.js';
export { actionPlanOverHttp } from './client/over-http/action-plan.js';
export { suggestionsOverHttp } from './client/over-http/suggestions.js';
export { meetingsOverHttp } from './client/over-http/meetings.js';
export { newIdempotencyKey } from './client/idempotency-key.js';
export { resolveEndpoint, ENDPOINT_META_NAME } from './config/resolve-endpoint.js';
export * from './localization/locales.js';
export * from './localization/format.js';
export {
  registerCatalog,
  useLocale,
  activeLocale,
  isLocaleReady,
  LOCALE_READY_EVENT,
  type CatalogLoaders,
} from './localization/catalogs.js';
/** Core's own strings (error summary, shared messages), for apps such as the console that use them without an element. */
export { coreCatalog } from './localization/core-catalog.js';
export { tokenStyles } from './theme/tokens.js';
export { PUBLIC_TOKENS } from './theme/public-tokens.js';
export { sharedStyles } from './theme/shared-styles.js';
export { MocharakaElement } from './element/mocharaka-element.js';
export { ResourceController, type ResourceOptions, type ResourceStatus } from './element/resource-controller.js';
export { SubmissionController, type SubmissionOptions, type Settlement } from './element/submission-controller.js';
export { DraftController, type DraftOptions, type DraftPersistence } from './element/draft-controller.js';
export { focusWhenRendered } from './element/focus.js';
export { LazyStyles } from './element/lazy-styles.js';
export { LazyModule } from './element/lazy-module.js';
export { printOnly } from './element/print-only.js';
export { defineElement, warnOnce } from './element/define.js';
export { MocharakaErrorEvent, MocharakaLoadedEvent, type MocharakaErrorDetail } from './element/events.js';
export { messages, describeApiError, describeFieldError } from './element/messages.js';
export { Outbox, OUTBOX_RETENTION_MS, type OutboxEntry, type SendOutcome } from './outbox/outbox.js';
export { pickText, type PickedText } from './localization/localized-text.js';
export { renderErrorSummary, renderFieldError, type FieldProblem } from './element/error-summary.js';
export { renderBar, chartStyles } from './element/chart.js';
