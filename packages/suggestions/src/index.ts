export { MocharakaSuggestions, type SuggestionsView } from './suggestions.element.js';
export { MocharakaSuggestionSentEvent, type SuggestionSentDetail } from './suggestions.events.js';
export { type SuggestionDraft, type SuggestionField } from './suggestion-rules.js';
export { checkSuggestion } from './suggestion-check.js';
