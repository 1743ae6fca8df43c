import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, test } from 'node:test';
import type { ErrorBody } from '@mocharaka/core/contract';
import { protectKey } from '../src/http/idempotency.js';
import { useTestApp } from './support/test-app.js';
import { availableDatabases } from './support/test-db.js';

const RATINGS = '/v1/services/civil-status/ratings';

for (const kind of availableDatabases()) {
  describe(`idempotency on ${kind}`, () => {
    const t = useTestApp(kind);
    const ratingCount = async () => (await t.db.query<{ count: number }>('SELECT count(*)::integer AS count FROM ratings'))[0]!.count;

    test('the same key and body twice returns the first response and records one rating', async () => {
      const headers = { 'idempotency-key': 'key-1' };
      const first = await t.postJson(RATINGS, { level: 5, comment: 'merci' }, headers);
      const second = await t.postJson(RATINGS, { level: 5, comment: 'merci' }, headers);
      assert.equal(first.status, 201);
      assert.equal(second.status, 201);
      assert.deepEqual(await second.json(), await first.json());
      assert.equal(second.headers.get('idempotent-replayed'), 'true');
      assert.equal(await ratingCount(), 1);
    });

    test('the same key with another body is 422 idempotency_key_reused and changes nothing', async () => {
      const headers = { 'idempotency-key': 'key-2' };
      assert.equal((await t.postJson(RATINGS, { level: 5 }, headers)).status, 201);
      const reused = await t.postJson(RATINGS, { level: 1 }, headers);
      assert.equal(reused.status, 422);
      assert.equal(((await reused.json()) as ErrorBody).error.code, 'idempotency_key_reused');
      assert.equal(await ratingCount(), 1);
    });

    test('the same key on another service is another request', async () => {
      const headers = { 'idempotency-key': 'key-3' };
      assert.equal((await t.postJson(RATINGS, { level: 5 }, headers)).status, 201);
      assert.equal((await t.postJson('/v1/services/markets/ratings', { level: 5 }, headers)).status, 201);
      assert.equal(await ratingCount(), 2);
    });

    test('concurrent requests with one key record exactly one rating', async () => {
      const headers = { 'idempotency-key': 'key-4' };
      const responses = await Promise.all(Array.from({ length: 8 }, () => t.postJson(RATINGS, { level: 3 }, headers)));
      const bodies = await Promise.all(responses.map((response) => response.json()));
      const created = responses.flatMap((response, index) => (response.status === 201 ? [bodies[index]] : []));
      for (const response of responses) assert.ok([201, 409].includes(response.status), String(response.status));
      assert.ok(created.length >= 1);
      for (const body of created) assert.deepEqual(body, created[0]);
      assert.equal(await ratingCount(), 1);
    });

    test('a failed request leaves no key behind, so a retry can succeed', async () => {
      const headers = { 'idempotency-key': 'key-5' };
      assert.equal((await t.postJson('/v1/services/not-yet/ratings', { level: 4 }, headers)).status, 404);
      await t.db.query(`INSERT INTO services (id, commune_id, name, position) VALUES ('not-yet', 'taroudant', '{"ar":"جديد"}', 9)`);
      assert.equal((await t.postJson('/v1/services/not-yet/ratings', { level: 4 }, headers)).status, 201);
    });

    test('a key older than 24 hours is forgotten', async () => {
      const headers = { 'idempotency-key': 'key-6' };
      assert.equal((await t.postJson(RATINGS, { level: 2 }, headers)).status, 201);
      await t.db.query(`UPDATE idempotency_keys SET created_at = now() - interval '25 hours'`);
      assert.equal((await t.postJson(RATINGS, { level: 4 }, headers)).status, 201);
      assert.equal(await ratingCount(), 2);
    });

    test('a key whose response is not stored yet is 409 idempotency_in_progress', async () => {
      await t.db.query(`INSERT INTO idempotency_keys (scope, key, request_hash) VALUES ($1, $2, 'pending')`, [
        `POST ${RATINGS}`,
        protectKey('key-7', {}).storedKey,
      ]);
      const response = await t.postJson(RATINGS, { level: 2 }, { 'idempotency-key': 'key-7' });
      assert.equal(response.status, 409);
      assert.equal(((await response.json()) as ErrorBody).error.code, 'idempotency_in_progress');
      assert.equal(await ratingCount(), 0);
    });

    test('neither the key nor a plain hash of the body is stored', async () => {
      const body = { level: 5, comment: 'Fatima Zahra, JB123456' };
      assert.equal((await t.postJson(RATINGS, body, { 'idempotency-key': 'secret-key-1' })).status, 201);
      const [row] = await t.db.query<{ key: string; request_hash: string }>('SELECT key, request_hash FROM idempotency_keys');
      assert.notEqual(row.key, 'secret-key-1');
      assert.notEqual(row.request_hash, createHash('sha256').update(JSON.stringify(body)).digest('base64url'));
      assert.equal((await t.postJson(RATINGS, body, { 'idempotency-key': 'secret-key-1' })).status, 201);
      assert.equal(await ratingCount(), 1);
    });

    test('a malformed key is 400', async () => {
      const response = await t.postJson(RATINGS, { level: 2 }, { 'idempotency-key': 'x'.repeat(300) });
      assert.equal(response.status, 400);
      assert.equal(((await response.json()) as ErrorBody).error.code, 'invalid_idempotency_key');
    });
  });
}
