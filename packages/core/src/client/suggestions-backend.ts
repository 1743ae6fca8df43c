import type {
  PublicSuggestion,
  SuggestionBox,
  SuggestionInput,
  SuggestionList,
  SuggestionReceipt,
  SuggestionStatus,
  SupportReceipt,
} from '../contract/suggestions.js';
import type { ReadOptions, SubmitOptions } from './backend.js';

export interface SuggestionFilter {
  topic?: string;
  status?: SuggestionStatus;
  cursor?: string;
}

/** The suggestion box part of the contract (issue 16, section 1). */
export interface SuggestionsBackend {
  /** The commune's topics, neighbourhoods and departments. */
  getSuggestionBox(options?: ReadOptions): Promise<SuggestionBox>;
  /** One page of published suggestions, newest first. */
  listSuggestions(filter?: SuggestionFilter, options?: ReadOptions): Promise<SuggestionList>;
  submitSuggestion(suggestion: SuggestionInput, options: SubmitOptions): Promise<SuggestionReceipt>;
  /** Follow-up by code; 404 for a code that names nothing. */
  getSuggestion(code: string, options?: ReadOptions): Promise<PublicSuggestion>;
  /** "Me too", once per `supporterToken`. */
  supportSuggestion(code: string, supporterToken: string, options: SubmitOptions): Promise<SupportReceipt>;
}
