export { DEMO_COMMUNE_ID, sampleRatings, seedDemo } from './seed.js';
export { CHARTER_CONSULTATION, PROGRAMME_CONSULTATION, seedDemoConsultations } from './consultations-seed.js';
export { demoSite } from './site.js';
export { demoModeFrom } from './demo-mode.js';
