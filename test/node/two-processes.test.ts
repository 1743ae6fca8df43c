/**
 * Two server processes on one PostgreSQL database take the same burst of signatures:
 * one row per national ID whatever the process and the formatting, and the same public
 * count from both. Runs only when DATABASE_URL is set (PGlite is one process only).
 */
import assert from 'node:assert/strict';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import postgres from 'postgres';
import { waitFor } from '../support/wait-for.mjs';
import { limit } from '../support/timeouts.mjs';
import { ReferenceProcess, freePort } from './reference-process.js';

const PETITION = 'bab-zorgan-lane-lighting';
const DISTINCT_ONCE = 100;
const REUSED_IDS = 20;
const REUSES = 100;
const CONCURRENCY = 40;
const COUNT_WINDOW_MS = 10_000;

// Both processes must derive the same keys (ID hash, encryption) and accept the same
// admin token; ReferenceProcess passes its environment on.
process.env.MOCHARAKA_SECRET_KEY = randomBytes(36).toString('base64');
process.env.MOCHARAKA_ADMIN_TOKEN = randomBytes(36).toString('base64');
// The burst comes from one client on purpose; the proof of work is tested elsewhere.
process.env.MOCHARAKA_RATE_LIMIT_SUBMISSIONS_PER_MINUTE = '0';
process.env.MOCHARAKA_RATE_LIMIT_RATINGS_PER_MINUTE = '0';
process.env.MOCHARAKA_RATE_LIMIT_RESOURCE_PER_MINUTE = '0';
process.env.MOCHARAKA_PROOF_OF_WORK = 'off';

const base = process.env.DATABASE_URL;

describe('two server processes on one PostgreSQL', { skip: !base && 'needs DATABASE_URL' }, () => {
  const name = `mocharaka_two_${process.pid}`;
  const dataDirs = [mkdtempSync(join(tmpdir(), 'mocharaka-two-a-')), mkdtempSync(join(tmpdir(), 'mocharaka-two-b-'))];
  let admin: postgres.Sql;
  let databaseUrl: string;
  const servers: ReferenceProcess[] = [];

  before(async () => {
    admin = postgres(base!, { max: 1, onnotice: () => {} });
    await admin.unsafe(`DROP DATABASE IF EXISTS ${name}`);
    await admin.unsafe(`CREATE DATABASE ${name}`);
    const url = new URL(base!);
    url.pathname = `/${name}`;
    databaseUrl = url.href;
  });
  after(async () => {
    await Promise.all(servers.map((server) => server.stop()));
    await admin?.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin?.end();
    for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
  });

  test('concurrent signatures through both count each national ID once', async () => {
    for (const dataDir of dataDirs) {
      const server = new ReferenceProcess(await freePort(), dataDir, databaseUrl);
      servers.push(server);
      server.start();
      await server.waitUntilHealthy();
    }
    const db = postgres(databaseUrl, { max: 1, onnotice: () => {} });
    const [before] = await db<{ online: number; paper: number }[]>`
      SELECT (SELECT count(*) FROM petition_signatures WHERE petition_id = ${PETITION})::integer AS online,
             (SELECT coalesce(sum(count), 0) FROM petition_paper_signatures WHERE petition_id = ${PETITION})::integer AS paper`;
    await db.end();
    assert.ok(before!.online > 0 && before!.paper > 0, 'the demo petition has sample and paper signatures');

    // 100 IDs used once, 20 IDs used 5 times each in different formattings.
    const nationalIds: string[] = [];
    for (let i = 0; i < DISTINCT_ONCE; i += 1) nationalIds.push(`ZA${100_000 + i}`);
    const formats = [
      (d: string) => `ZB${d}`,
      (d: string) => `zb ${d}`,
      (d: string) => `Zb ${d.slice(0, 3)} ${d.slice(3)}`,
      (d: string) => ` zb-${d} `,
      (d: string) => `ZB.${d}`,
    ];
    for (let i = 0; i < REUSES; i += 1) {
      const digits = String(200_000 + (i % REUSED_IDS)); // canonical CNIE numbers: no leading zero
      nationalIds.push(formats[Math.floor(i / REUSED_IDS) % formats.length]!(digits));
    }
    nationalIds.sort(() => Math.random() - 0.5);
    const normalise = (id: string) => id.toUpperCase().replace(/[\s.\-_/]/g, '');
    const distinct = new Set(nationalIds.map(normalise));
    assert.equal(distinct.size, DISTINCT_ONCE + REUSED_IDS);

    const statuses: number[] = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < nationalIds.length) {
          const index = next++;
          const server = servers[index % servers.length]!;
          const response = await fetch(`${server.url}/v1/petitions/${PETITION}/signatures`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() },
            body: JSON.stringify({
              fullName: `Signatory ${index}`,
              nationalId: nationalIds[index],
              address: `Derb ${index} Taroudant`,
              eligibility: 'resident',
              consent: true,
            }),
          });
          await response.arrayBuffer();
          statuses.push(response.status);
        }
      }),
    );
    assert.deepEqual(
      statuses.filter((status) => status !== 201),
      [],
      'every signature is answered 201, duplicates included',
    );

    // The staff list, decrypted by either process: one row per distinct ID.
    for (const server of servers) {
      const response = await fetch(`${server.url}/v1/admin/petitions/${PETITION}/signatures.csv`, {
        headers: { authorization: `Bearer ${process.env.MOCHARAKA_ADMIN_TOKEN}` },
      });
      assert.equal(response.status, 200);
      const rows = (await response.text())
        .replace(/^\uFEFF/, '')
        .trimEnd()
        .split('\r\n')
        .slice(1);
      assert.equal(rows.length, before!.online + distinct.size, 'rows = demo signatures + distinct new IDs');
      const perId = new Map<string, number>();
      for (const row of rows) {
        const id = /,"?(Z[AB][0-9]{6})"?,/.exec(row)?.[1];
        if (id) perId.set(id, (perId.get(id) ?? 0) + 1);
      }
      assert.deepEqual([...perId.keys()].sort(), [...distinct].sort());
      assert.deepEqual([...new Set(perId.values())], [1], 'exactly one row per distinct ID');
    }

    // The public count is cached for COUNT_WINDOW_MS: poll until both processes show the new total.
    const expected = before!.online + distinct.size + before!.paper;
    const counts = async () =>
      Promise.all(
        servers.map(
          async (server) =>
            ((await (await fetch(`${server.url}/v1/petitions/${PETITION}`)).json()) as { signatureCount: number }).signatureCount,
        ),
      );
    let last: number[] = [];
    await waitFor(
      async () => {
        last = await counts();
        return last.every((count) => count === expected);
      },
      { timeoutMs: limit(COUNT_WINDOW_MS * 2), intervalMs: 500, what: 'the public count from both processes' },
    ).catch(() =>
      assert.deepEqual(
        last,
        servers.map(() => expected),
        'public count from both processes',
      ),
    );
    console.log(
      `two processes: ${nationalIds.length} signatures fired (${distinct.size} distinct IDs), ` +
        `CSV rows ${before!.online} demo + ${distinct.size} new, public count ${expected} (+${before!.paper} paper) from both`,
    );
  });
});
