/**
 * Nothing acknowledged is lost, nothing is counted twice: a real server process takes
 * a burst of concurrent ratings and petition signatures, is killed with SIGKILL in the middle, restarts on the
 * same data, and every request is then retried with its idempotency key.
 * Runs on PGlite, and on PostgreSQL when DATABASE_URL is set.
 */
import assert from 'node:assert/strict';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import postgres from 'postgres';
import { initialisedDataFolder } from '../support/pglite-template.mjs';
import { ReferenceProcess, freePort } from './reference-process.js';

const REQUESTS = 300;
const CONCURRENCY = 30;
const KILL_AFTER_RESPONSES = 100;
/** Every third request signs the demo petition with its own national ID. */
const SIGNATURE_EVERY = 3;
const PETITION = 'bab-zorgan-lane-lighting';

// Every start of the test, on a fresh data folder or not, uses one database and so one key.
process.env.MOCHARAKA_SECRET_KEY = randomBytes(36).toString('base64');
// The burst comes from one client on purpose; the proof of work is tested elsewhere.
process.env.MOCHARAKA_RATE_LIMIT_SUBMISSIONS_PER_MINUTE = '0';
process.env.MOCHARAKA_RATE_LIMIT_RESOURCE_PER_MINUTE = '0';
process.env.MOCHARAKA_PROOF_OF_WORK = 'off';

interface Attempt {
  kind: 'rating' | 'signature';
  nationalId?: string;
  key: string;
  body: string;
  status?: number;
  receiptId?: string;
}

async function fire(url: string, attempt: Attempt): Promise<void> {
  try {
    const path = attempt.kind === 'rating' ? '/v1/services/civil-status/ratings' : `/v1/petitions/${PETITION}/signatures`;
    const response = await fetch(`${url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': attempt.key },
      body: attempt.body,
    });
    attempt.status = response.status;
    if (response.ok) {
      const body = (await response.json()) as { id?: string; receipt?: { reference: string } };
      attempt.receiptId = body.id ?? body.receipt?.reference;
    } else {
      await response.arrayBuffer();
    }
  } catch {
    attempt.status = 0; // the connection died with the server
  }
}

async function summaryCount(url: string): Promise<number> {
  const summary = (await (await fetch(`${url}/v1/services/civil-status/summary`)).json()) as { count: number };
  return summary.count;
}

async function ratingIds(url: string, token: string): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | undefined;
  do {
    const query = `limit=200${cursor ? `&cursor=${cursor}` : ''}`;
    const response = await fetch(`${url}/v1/admin/services/civil-status/ratings?${query}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const page = (await response.json()) as { items: { id: string }[]; nextCursor?: string };
    ids.push(...page.items.map((item) => item.id));
    cursor = page.nextCursor;
  } while (cursor);
  return ids;
}

/** How many rows of the staff CSV carry each national ID of the burst (`ZC…`). */
async function signedIds(url: string, token: string): Promise<Map<string, number>> {
  const response = await fetch(`${url}/v1/admin/petitions/${PETITION}/signatures.csv`, { headers: { authorization: `Bearer ${token}` } });
  assert.equal(response.status, 200);
  const perId = new Map<string, number>();
  for (const row of (await response.text()).split('\r\n')) {
    const id = /,"?(ZC[0-9]{6})"?,/.exec(row)?.[1];
    if (id) perId.set(id, (perId.get(id) ?? 0) + 1);
  }
  return perId;
}

interface Store {
  name: string;
  databaseUrl?: string;
  cleanup: () => Promise<void>;
}

async function stores(): Promise<Store[]> {
  const list: Store[] = [{ name: 'pglite', cleanup: async () => {} }];
  const base = process.env.DATABASE_URL;
  if (base) {
    const name = `mocharaka_crash_${process.pid}`;
    const admin = postgres(base, { max: 1, onnotice: () => {} });
    await admin.unsafe(`DROP DATABASE IF EXISTS ${name}`);
    await admin.unsafe(`CREATE DATABASE ${name}`);
    const url = new URL(base);
    url.pathname = `/${name}`;
    list.push({
      name: 'postgres',
      databaseUrl: url.href,
      cleanup: async () => {
        await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await admin.end();
      },
    });
  }
  return list;
}

const storeList = await stores();
// PGlite and PostgreSQL side by side: each store has its own data folders, database and ports.
describe('crash safety', { concurrency: storeList.length }, () => {
  for (const store of storeList) {
    // One test after another on a store: both use its database.
    describe(`crash safety on ${store.name}`, { concurrency: 1 }, () => {
      let dataDir: string | undefined;
      after(async () => {
        await store.cleanup();
        if (dataDir) rmSync(dataDir, { recursive: true, force: true });
      });

      test('a SIGKILL in the middle of a burst loses no acknowledged rating or signature and counts none twice', async (t) => {
        // Started on an initialised database: the next test kills first starts.
        dataDir = await initialisedDataFolder('mocharaka-crash-');
        const server = new ReferenceProcess(await freePort(), dataDir, store.databaseUrl);
        t.after(() => server.stop());
        server.start();
        await server.waitUntilHealthy();
        const countBefore = await summaryCount(server.url);

        const attempts: Attempt[] = Array.from({ length: REQUESTS }, (_, index): Attempt => {
          if (index % SIGNATURE_EVERY !== SIGNATURE_EVERY - 1) {
            return { kind: 'rating', key: randomUUID(), body: JSON.stringify({ level: (index % 5) + 1, channel: 'web' }) };
          }
          const nationalId = `ZC${100_000 + index}`; // a canonical CNIE number: no leading zero
          const body = {
            fullName: `Signatory ${index}`,
            nationalId,
            address: `Derb ${index} Taroudant`,
            eligibility: 'resident',
            consent: true,
          };
          return { kind: 'signature', nationalId, key: randomUUID(), body: JSON.stringify(body) };
        });
        const ratings = attempts.filter((attempt) => attempt.kind === 'rating').length;
        const signatures = attempts.filter((attempt) => attempt.kind === 'signature');
        let answered = 0;
        let next = 0;
        let killing: Promise<void> | undefined;
        await Promise.all(
          Array.from({ length: CONCURRENCY }, async () => {
            while (next < attempts.length) {
              const attempt = attempts[next++];
              await fire(server.url, attempt);
              answered += 1;
              if (answered === KILL_AFTER_RESPONSES) killing = server.kill();
            }
          }),
        );
        await killing;
        const acknowledged = attempts.filter((attempt) => attempt.status === 201);
        assert.ok(acknowledged.length >= KILL_AFTER_RESPONSES / 2, `only ${acknowledged.length} acknowledged before the kill`);
        assert.ok(acknowledged.length < REQUESTS, 'the kill came after every request had been answered');

        server.start();
        await server.waitUntilHealthy();
        const stored = new Set(await ratingIds(server.url, server.adminToken()));
        const signed = await signedIds(server.url, server.adminToken());
        for (const attempt of acknowledged) {
          if (attempt.kind === 'rating') assert.ok(stored.has(attempt.receiptId!), `acknowledged rating ${attempt.receiptId} is missing`);
          else assert.equal(signed.get(attempt.nationalId!), 1, `acknowledged signature ${attempt.nationalId} is missing`);
        }
        const acknowledgedSignatures = acknowledged.filter((attempt) => attempt.kind === 'signature').length;
        assert.ok(acknowledgedSignatures > 0, 'some signatures were acknowledged before the kill');

        // The citizen's outbox retries everything it has no answer for, and a retry of an
        // answered request must be harmless too: retry all of them.
        const firstReceipts = new Map(acknowledged.map((attempt) => [attempt.key, attempt.receiptId]));
        for (const attempt of attempts) await fire(server.url, attempt);
        for (const attempt of attempts) {
          assert.equal(attempt.status, 201, `retry of ${attempt.key} answered ${attempt.status}`);
          if (firstReceipts.has(attempt.key)) assert.equal(attempt.receiptId, firstReceipts.get(attempt.key));
        }
        assert.equal(await summaryCount(server.url), countBefore + ratings);
        const signedAfter = await signedIds(server.url, server.adminToken());
        assert.equal(signedAfter.size, signatures.length, 'every signature is stored after the retries');
        for (const attempt of signatures) assert.equal(signedAfter.get(attempt.nationalId!), 1, `${attempt.nationalId} counted once`);
        await server.stop();
        console.log(
          `${store.name}: ${REQUESTS} fired (${ratings} ratings, ${signatures.length} signatures), killed after ${KILL_AFTER_RESPONSES} answers, ` +
            `${acknowledged.length} acknowledged before the kill (${acknowledgedSignatures} signatures), all found; ` +
            `${ratings} ratings counted and ${signatures.length} IDs signed once after retries`,
        );
      });

      test('a SIGKILL during the first start (creation and migrations) needs no manual step to restart', async () => {
        // A first start on PGlite, idle: initdb in memory until ~3.7 s, its files written by ~4 s, migrations
        // to ~5 s, then the demo seed; on PostgreSQL the migrations run from ~0.5 s. Under load each phase comes later.
        for (const delayMs of [1500, 4500]) {
          const freshDir = mkdtempSync(join(tmpdir(), 'mocharaka-crash-start-'));
          const server = new ReferenceProcess(await freePort(), freshDir, store.databaseUrl);
          try {
            server.start();
            await new Promise((resolve) => setTimeout(resolve, delayMs));
            await server.kill();
            server.start();
            await server.waitUntilHealthy();
            assert.ok((await summaryCount(server.url)) >= 0);
          } finally {
            await server.stop();
            rmSync(freshDir, { recursive: true, force: true });
          }
        }
      });
    });
  }
});
