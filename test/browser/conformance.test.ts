import { MocharakaCharter } from '../../packages/charter/src/mocharaka-charter.js';
import { MocharakaConsultation } from '../../packages/consultation/src/mocharaka-consultation.js';
import { MocharakaPetition } from '../../packages/petition/src/mocharaka-petition.js';
import { MocharakaSatisfaction } from '../../packages/satisfaction/src/mocharaka-satisfaction.js';
import { runConformance } from '../support/element-conformance.js';

// Every element against the reference server, configured through properties only.
runConformance('mocharaka-petition', { element: MocharakaPetition, idProperty: 'petition', listPath: '/v1/petitions' });
runConformance('mocharaka-satisfaction', { element: MocharakaSatisfaction, idProperty: 'service', listPath: '/v1/services' });
runConformance('mocharaka-consultation', { element: MocharakaConsultation, idProperty: 'consultation', listPath: '/v1/consultations' });
runConformance('mocharaka-charter', { element: MocharakaCharter, idProperty: 'charter', listPath: '/v1/charters' });
