// The pages after the questions (profile, review, receipt) are a chunk of their own: the
// element asks for it when connected, beside the consultation's data, and the first page
// of an open consultation paints without it.
export { renderProfile } from './consultation-profile.js';
export { renderReview } from './consultation-review.js';
export { renderAlready, renderThanks } from './consultation-thanks.js';
