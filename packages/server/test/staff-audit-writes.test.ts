import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { IDEMPOTENCY_KEY_HEADER, type StaffRole } from '@mocharaka/core/contract';
import { createApiToken } from '../src/staff/api-tokens.js';
import { createAccount } from '../src/staff/accounts.js';
import { useTestApp } from './support/test-app.js';
import { availableDatabases } from './support/test-db.js';

const json = { 'content-type': 'application/json' };

interface Row {
  actor_name: string;
  actor_via: string;
  action: string;
  resource_type: string;
  resource_id: string;
  summary: Record<string, unknown>;
}

for (const kind of availableDatabases()) {
  describe(`staff writes of the route table are audited on ${kind}`, () => {
    const t = useTestApp(kind);
    const bearer = {} as Record<StaffRole, Record<string, string>>;

    before(async () => {
      for (const role of ['editor', 'petitions-officer', 'moderator'] as const) {
        const account = await createAccount(t.db, {
          email: `${role}@writes.test`,
          displayName: `The ${role}`,
          role,
          passwordHash: 'scrypt$1$1$1$AA$AA',
        });
        bearer[role] = { authorization: `Bearer ${(await createApiToken(t.db, account!.id, { name: 'writes' })).secret}`, ...json };
      }
    });

    const trail = (resourceId: string) =>
      t.db.query<Row>(
        'SELECT actor_name, actor_via, action, resource_type, resource_id, summary FROM audit_log WHERE resource_id = $1 ORDER BY id',
        [resourceId],
      );

    test('a petition created, refused a move, moved and given paper signatures: each step once, by who did it, without the agent', async () => {
      const now = Date.now();
      const petition = {
        id: 'audited-petition',
        title: { ar: 'عريضة', fr: 'Pétition' },
        body: { ar: 'نص العريضة' },
        demands: [{ ar: 'مطلب' }],
        agent: { name: 'Citizen Agent Name' },
        opensAt: new Date(now - 86_400_000).toISOString(),
        closesAt: new Date(now + 30 * 86_400_000).toISOString(),
        // Reached by the paper signatures below, so the deposit needs no confirmation.
        threshold: 10,
      };
      const headers = { ...bearer.editor, [IDEMPOTENCY_KEY_HEADER]: 'create-audited-petition-1' };
      const created = await t.app.request('/v1/admin/petitions', { method: 'POST', headers, body: JSON.stringify(petition) });
      assert.equal(created.status, 201, await created.clone().text());
      // The same request again (a retry) is replayed, not written nor audited twice.
      assert.equal((await t.app.request('/v1/admin/petitions', { method: 'POST', headers, body: JSON.stringify(petition) })).status, 201);

      const move = (status: string) =>
        t.app.request('/v1/admin/petitions/audited-petition/status', {
          method: 'POST',
          headers: bearer['petitions-officer'],
          body: JSON.stringify({ status, note: { ar: 'السبب', fr: 'La raison' }, ...(status === 'deposited' ? { force: true } : {}) }),
        });
      const paper = await t.app.request('/v1/admin/petitions/audited-petition/paper-signatures', {
        method: 'POST',
        headers: bearer['petitions-officer'],
        body: JSON.stringify({ count: 40, note: 'Town hall sheets' }),
      });
      assert.equal(paper.status, 201);
      assert.equal((await move('answered')).status, 409, 'collecting cannot become answered');
      const deposit = await move('deposited');
      assert.equal(deposit.status, 200, await deposit.clone().text());

      const rows = await trail('audited-petition');
      assert.deepEqual(
        rows.map((row) => [row.actor_name, row.actor_via, row.action, row.resource_type]),
        [
          ['The editor', 'token', 'create', 'petition'],
          ['The petitions-officer', 'token', 'paper_signatures', 'petition'],
          ['The petitions-officer', 'token', 'status_change', 'petition'],
        ],
      );
      assert.deepEqual(rows[1]!.summary, { count: 40, note: 'Town hall sheets' });
      assert.deepEqual(rows[2]!.summary, { status: 'deposited', note: { ar: 'السبب', fr: 'La raison' } });
      assert.ok(!JSON.stringify(rows).includes('Citizen Agent Name'), 'the agent is a citizen: not in the trail');

      const history = await t.db.query<{ status: string; actor_name: string | null }>(
        'SELECT status, actor_name FROM petition_status_changes WHERE petition_id = $1 ORDER BY id',
        ['audited-petition'],
      );
      assert.deepEqual(history, [
        { status: 'collecting', actor_name: null },
        { status: 'deposited', actor_name: 'The petitions-officer' },
      ]);
    });

    test('hiding a rating comment is audited without the comment', async () => {
      const rated = await t.postJson('/v1/services/civil-status/ratings', { level: 1, comment: 'a citizen wrote this' });
      assert.equal(rated.status, 201, await rated.clone().text());
      const [rating] = await t.db.query<{ id: string }>('SELECT id::text AS id FROM ratings ORDER BY id DESC LIMIT 1');
      assert.equal(
        (await t.app.request(`/v1/admin/ratings/${rating!.id}/hide`, { method: 'POST', headers: bearer.moderator })).status,
        200,
      );
      assert.equal((await t.app.request('/v1/admin/ratings/999999999/hide', { method: 'POST', headers: bearer.moderator })).status, 404);
      const rows = await trail(rating!.id);
      assert.deepEqual(
        rows.map((row) => [row.action, row.resource_type, row.actor_name]),
        [['hide', 'rating', 'The moderator']],
      );
      assert.deepEqual(await trail('999999999'), [], 'a refused write leaves no entry');
      assert.ok(!JSON.stringify(rows).includes('a citizen wrote this'));
    });
  });
}
