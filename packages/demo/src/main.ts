import { runOrExit, startServer, type ServerExtras } from '@mocharaka/server/server';
import type { Database } from '@mocharaka/server/seeding';
import { demoModeFrom } from './demo-mode.js';
import { DEMO_COMMUNE_ID, seedDemo } from './seed.js';
import { demoSite } from './site.js';

/**
 * `npm start`: the reference server with, in demo mode, the Taroudant demo commune
 * seeded (services, sample ratings, petitions, consultations, charters) and its website
 * page at `/`. With demo mode off it is the plain reference server. A database already
 * set up for another commune is never given the demo commune beside it.
 */
async function prepareDemo(db: Database, secretKey: string): Promise<ServerExtras> {
  const others = await db.query<{ id: string }>('SELECT id FROM communes WHERE id <> $1', [DEMO_COMMUNE_ID]);
  if (others.length > 0) {
    process.stderr.write(
      `Demo mode skipped: this database belongs to the commune "${others.map((row) => row.id).join(', ')}". Set MOCHARAKA_DEMO=off to silence this.\n`,
    );
    return {};
  }
  await seedDemo(db, { sampleRatings: true, sampleSignatures: { secretKey } });
  return { sites: [demoSite()], banner: (url) => `Demo commune page: ${url} · staff console: ${url}console/` };
}

runOrExit(() => startServer(demoModeFrom(process.env) ? { prepare: (db, config) => prepareDemo(db, config.secretKey) } : {}));
