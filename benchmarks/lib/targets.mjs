/**
 * The public writes the benchmarks post (against the demo commune's seed) and the
 * servers they post to: the real reference server (demo main, from source) and the floor.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, startNode } from './measure.mjs';

export const PETITION = 'bab-zorgan-lane-lighting';
export const SERVICE = 'civil-status';
export const CONSULTATION = 'action-programme-priorities';
export const CHARTER = 'taroudant-participation';

const AREAS = ['roads-lighting', 'cleanliness', 'green-spaces', 'youth-sports', 'souks-economy'];

/** A distinct canonical CNIE number per index (one letter, 7 digits, no leading zero). */
export const nationalId = (index, letter = 'J') => `${letter}${1_000_000 + index}`;

/** Each kind of public write: its path and a distinct body per index. */
export const WRITES = {
  signatures: (index, letter) => ({
    path: `/v1/petitions/${PETITION}/signatures`,
    body: {
      fullName: `Signataire ${index}`,
      nationalId: nationalId(index, letter),
      address: `${index} derb Taroudant`,
      eligibility: 'resident',
      consent: true,
    },
  }),
  ratings: (index) => ({ path: `/v1/services/${SERVICE}/ratings`, body: { level: (index % 5) + 1, channel: 'web' } }),
  responses: (index) => ({
    path: `/v1/consultations/${CONSULTATION}/responses`,
    body: {
      participantToken: `bench-${index}-${randomBytes(6).toString('hex')}`,
      answers: {
        'priority-ranking': AREAS,
        'service-satisfaction': { 'roads-lighting': 'rather', cleanliness: 'very', 'green-spaces': 'not-really' },
        'favourite-project': 'covered-souk',
      },
    },
  }),
  adhesions: (index) => ({
    path: `/v1/charters/${CHARTER}/adhesions`,
    body: { kind: 'citizen', name: `Citoyen ${index}`, contact: `+212 6${String(index).padStart(8, '0')}`, consent: true },
  }),
};

/** `WRITES[kind]` with a fresh Idempotency-Key per request. */
export const keyed = (kind, letter) => (index) => ({ ...WRITES[kind](index, letter), key: randomUUID() });

const SECRET_KEY = randomBytes(36).toString('base64');
const ADMIN_TOKEN = randomBytes(36).toString('base64');

/** Environment of a benchmarked server: proof of work and every rate limit off, quiet logs. */
export const benchEnv = (extra = {}) => ({
  MOCHARAKA_SECRET_KEY: SECRET_KEY,
  MOCHARAKA_ADMIN_TOKEN: ADMIN_TOKEN,
  MOCHARAKA_PROOF_OF_WORK: 'off',
  MOCHARAKA_RATE_LIMIT_SUBMISSIONS_PER_MINUTE: '0',
  MOCHARAKA_RATE_LIMIT_RATINGS_PER_MINUTE: '0',
  MOCHARAKA_RATE_LIMIT_KIOSK_PER_MINUTE: '0',
  MOCHARAKA_RATE_LIMIT_RESOURCE_PER_MINUTE: '0',
  MOCHARAKA_LOG: 'silent',
  MOCHARAKA_DEMO: 'on',
  NODE_ENV: 'test',
  ...extra,
});

/**
 * Node's flags for the server, as its start scripts and docs/self-hosting.md run it: a 64 MB
 * young generation instead of V8's default 16 MB, so the short-lived objects of thousands
 * of requests a second are collected in fewer, shorter pauses (docs/scaling.md).
 */
export const SERVER_NODE_FLAGS = ['--max-semi-space-size=64'];

/**
 * The reference server with the demo commune, on PostgreSQL (`databaseUrl`) or on PGlite
 * in a temporary data folder; `nodeArgs` go before the script (e.g. `--cpu-prof`).
 */
export async function startReference({ databaseUrl, nodeArgs = [], env = {} } = {}) {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'mocharaka-bench-'));
  const child = startNode([...SERVER_NODE_FLAGS, ...nodeArgs, 'packages/demo/src/main.ts'], {
    name: `reference server (${databaseUrl ? 'PostgreSQL' : 'PGlite'})`,
    env: benchEnv({ PORT: String(port), MOCHARAKA_DATA_DIR: dataDir, DATABASE_URL: databaseUrl, ...env }),
  });
  await child.started;
  return {
    ...child,
    url: `http://127.0.0.1:${port}`,
    async stop() {
      await child.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The floor server (benchmarks/lib/floor-server.ts) on an already migrated and seeded database. */
export async function startFloor(databaseUrl) {
  const port = await freePort();
  const child = startNode([...SERVER_NODE_FLAGS, 'benchmarks/lib/floor-server.ts'], {
    name: 'floor server',
    env: benchEnv({ PORT: String(port), DATABASE_URL: databaseUrl }),
  });
  await child.started;
  return { ...child, url: `http://127.0.0.1:${port}` };
}
