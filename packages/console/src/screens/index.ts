// Every console area registers its screens here, one import per area (see ../../README.md).
import './sign-in/routes.js';
import './dashboard/routes.js';
import './petitions/routes.js';
import './consultations/routes.js';
import './charters/routes.js';
import './action-plans/routes.js';
import './meetings/routes.js';
import './suggestions/routes.js';
import './satisfaction/routes.js';
import './embed/routes.js';
import './staff/routes.js';
import './tokens/routes.js';
import './audit/routes.js';
import './settings/routes.js';
import './account/routes.js';
