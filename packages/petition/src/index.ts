export { MocharakaPetition } from './petition.element.js';
export { MocharakaPetitionSignedEvent, type PetitionSignedDetail } from './petition.events.js';
export { checkSignature, type SignatureDraft, type SignatureField } from './signature-rules.js';
