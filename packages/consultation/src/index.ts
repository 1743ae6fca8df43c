export { MocharakaConsultation } from './consultation.element.js';
export { MocharakaConsultationSubmittedEvent, type ConsultationSubmittedDetail } from './consultation.events.js';
