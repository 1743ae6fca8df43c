import { runOrExit, startServer } from '@mocharaka/server/server';
import { demoModeFrom } from './demo-mode.js';
import { seedDemo } from './seed.js';
import { demoSite } from './site.js';

/**
 * `npm start`: the reference server with, in demo mode, the Taroudant demo commune
 * seeded (services, sample ratings, petitions, consultations, charters) and its website
 * page at `/`. With demo mode off it is the plain reference server.
 */
runOrExit(async () => {
  const demo = demoModeFrom(process.env);
  await startServer(
    demo
      ? {
          prepare: (db, config) => seedDemo(db, { sampleRatings: true, sampleSignatures: { secretKey: config.secretKey } }).then(() => undefined),
          sites: [demoSite()],
          banner: (url) => `Demo commune page: ${url} · staff console: ${url}console/`,
        }
      : {},
  );
});
