import { runOrExit, startServer } from './server.js';

/** The reference server alone: the API (and the console), no demo content. */
runOrExit(() => startServer());
