export { MocharakaCharter } from './charter.element.js';
export { MocharakaCharterAdheredEvent, type CharterAdheredDetail } from './charter.events.js';
export { foldForSearch, findMatches } from './search.js';
export { checkAdhesion, type AdhesionDraft, type AdhesionField } from './adhesion-rules.js';
