// The views a citizen opens on purpose (the form, the receipt, the follow-up by code),
// loaded with the first of them: a visitor who only reads the published list never downloads them.
export { renderSuggestionForm } from './suggestion-form.js';
export { renderQueued, renderReceipt } from './suggestion-receipt.js';
export { renderFollow } from './suggestion-follow.js';
export { checkSuggestion } from './suggestion-check.js';
