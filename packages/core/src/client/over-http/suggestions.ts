import type { PublicSuggestion, SuggestionBox, SuggestionList, SuggestionReceipt, SupportReceipt } from '../../contract/suggestions.js';
import type { SuggestionsBackend } from '../suggestions-backend.js';
import { path, type HttpClient } from '../http-client.js';

/** The suggestion box part of the contract over HTTP. */
export const suggestionsOverHttp = (http: HttpClient): SuggestionsBackend => ({
  getSuggestionBox: (options) => http.get<SuggestionBox>('suggestion-box', options),
  listSuggestions: (filter = {}, options) => {
    const query = new URLSearchParams(Object.entries(filter).filter(([, value]) => value !== undefined)).toString();
    return http.get<SuggestionList>(`suggestions${query ? `?${query}` : ''}`, options);
  },
  submitSuggestion: (suggestion, options) => http.post<SuggestionReceipt>('suggestions', suggestion, options),
  getSuggestion: (code, options) => http.get<PublicSuggestion>(path('suggestions', code), options),
  supportSuggestion: (code, supporterToken, options) =>
    http.post<SupportReceipt>(path('suggestions', code, 'supports'), { supporterToken }, options),
});
