import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import {
  AdminCharterList,
  AdminConsultationList,
  AdminPetitionList,
  AuditEntryList,
  CommuneSettings,
  Dashboard,
  type ErrorBody,
} from '@mocharaka/core/contract';
import { createApiToken } from '../src/staff/api-tokens.js';
import { createAccount } from '../src/staff/accounts.js';
import { recordAudit } from '../src/staff/audit.js';
import { retentionDays } from '../src/staff/commune.js';
import { ADMIN_TOKEN, useTestApp } from './support/test-app.js';
import { availableDatabases } from './support/test-db.js';

const bootstrap = { authorization: `Bearer ${ADMIN_TOKEN}` };
const json = { 'content-type': 'application/json' };

for (const kind of availableDatabases()) {
  describe(`audit trail, settings and dashboard on ${kind}`, () => {
    const t = useTestApp(kind);
    let adminToken: string;
    let adminId: string;
    const asAdmin = () => ({ authorization: `Bearer ${adminToken}` });

    before(async () => {
      const account = await createAccount(t.db, {
        email: 'chief@audit.test',
        displayName: 'Chief',
        role: 'admin',
        passwordHash: 'scrypt$1$1$1$AA$AA',
      });
      adminId = account!.id;
      adminToken = (await createApiToken(t.db, adminId, { name: 'audit tests' })).secret;
    });

    const audit = async (query: string) => {
      const response = await t.app.request(`/v1/admin/audit?${query}`, { headers: asAdmin() });
      assert.equal(response.status, 200, await response.clone().text());
      return AuditEntryList.parse(await response.json());
    };

    test('the audit table is append-only in the database itself', async () => {
      await recordAudit(
        t.db,
        { id: 'test', displayName: 'Test', via: 'cli' },
        { action: 'create', resourceType: 'commune', resourceId: 'x' },
      );
      for (const statement of ["UPDATE audit_log SET actor_name = 'someone else'", 'DELETE FROM audit_log', 'TRUNCATE audit_log']) {
        await assert.rejects(t.db.query(statement), /append-only/, statement);
      }
      assert.ok((await t.db.query('SELECT 1 FROM audit_log')).length >= 1);
    });

    test('a write that fails leaves no audit entry; one that succeeds leaves exactly one, by its author', async () => {
      const before = (await audit('resourceType=staff-account&action=update')).items.length;
      // The only active administrator cannot be demoted: 409, and nothing recorded.
      const demote = await t.app.request(`/v1/admin/staff/${adminId}`, {
        method: 'PATCH',
        headers: { ...asAdmin(), ...json },
        body: JSON.stringify({ role: 'viewer' }),
      });
      assert.equal(demote.status, 409);
      assert.equal(((await demote.json()) as ErrorBody).error.code, 'last_admin');
      assert.equal((await audit('resourceType=staff-account&action=update')).items.length, before);

      const created = await t.app.request('/v1/admin/staff', {
        method: 'POST',
        headers: { ...asAdmin(), ...json },
        body: JSON.stringify({ email: 'Editor@Audit.test', displayName: 'Nadia', role: 'editor', password: 'a first password to change' }),
      });
      assert.equal(created.status, 201);
      const editor = (await created.json()) as { id: string; email: string };
      assert.equal(editor.email, 'editor@audit.test');
      const duplicate = await t.app.request('/v1/admin/staff', {
        method: 'POST',
        headers: { ...asAdmin(), ...json },
        body: JSON.stringify({ email: 'editor@audit.test', displayName: 'Again', role: 'viewer', password: 'another first password' }),
      });
      assert.equal(duplicate.status, 409);

      const entries = (await audit(`resourceId=${editor.id}`)).items;
      assert.equal(entries.length, 1);
      assert.deepEqual(
        { action: entries[0]!.action, actor: entries[0]!.actor, summary: entries[0]!.summary },
        {
          action: 'create',
          actor: { id: adminId, displayName: 'Chief', via: 'token' },
          summary: { email: 'editor@audit.test', displayName: 'Nadia', role: 'editor' },
        },
      );
      assert.ok(!JSON.stringify(entries).includes('a first password'), 'no password in the trail');
    });

    test('filters, cursor paging and CSV of the trail', async () => {
      for (let index = 0; index < 5; index++) {
        await recordAudit(
          t.db,
          { id: 'pager', displayName: 'Pager', via: 'cli' },
          { action: 'update', resourceType: 'petition', resourceId: `p-${index}`, summary: { index } },
        );
      }
      const first = await audit('actor=pager&limit=2');
      assert.deepEqual(
        first.items.map((entry) => entry.resourceId),
        ['p-4', 'p-3'],
      );
      const second = await audit(`actor=pager&limit=2&cursor=${first.nextCursor}`);
      assert.deepEqual(
        second.items.map((entry) => entry.resourceId),
        ['p-2', 'p-1'],
      );
      const last = await audit(`actor=pager&limit=2&cursor=${second.nextCursor}`);
      assert.deepEqual([last.items.map((entry) => entry.resourceId), last.nextCursor], [['p-0'], undefined]);
      assert.deepEqual(
        (await audit('actor=pager&resourceType=petition&resourceId=p-1')).items.map((entry) => entry.summary),
        [{ index: 1 }],
      );
      assert.equal((await audit(`actor=pager&from=${new Date(Date.now() + 60_000).toISOString()}`)).items.length, 0);
      assert.equal((await audit(`actor=pager&to=${new Date(Date.now() + 60_000).toISOString()}`)).items.length, 5);

      for (const bad of ['resourceType=planet', 'limit=0', 'limit=500', 'cursor=abc', 'from=yesterday', 'colour=red']) {
        const response = await t.app.request(`/v1/admin/audit?${bad}`, { headers: asAdmin() });
        assert.equal(response.status, 422, bad);
      }

      const csv = await t.app.request('/v1/admin/audit.csv?actor=pager', { headers: asAdmin() });
      assert.equal(csv.status, 200);
      assert.match(csv.headers.get('content-type') ?? '', /^text\/csv/);
      assert.match(csv.headers.get('content-disposition') ?? '', /attachment; filename="audit-\d{4}-\d{2}-\d{2}\.csv"/);
      assert.equal(csv.headers.get('cache-control'), 'no-store');
      const lines = (await csv.text())
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n');
      assert.equal(lines.length, 6);
      assert.match(lines[0]!, /id.*at.*actor.*action.*resource_type.*resource_id.*summary/);
    });

    test('settings: read by every role, replaced by an administrator, audited with what changed', async () => {
      const read = CommuneSettings.parse(await (await t.app.request('/v1/admin/settings', { headers: bootstrap })).json());
      assert.deepEqual([read.populationCategory, read.signatureThreshold], ['over_35000', 200]);
      const put = await t.app.request('/v1/admin/settings', {
        method: 'PUT',
        headers: { ...asAdmin(), ...json },
        body: JSON.stringify({
          name: read.name,
          populationCategory: 'under_35000',
          embeddingOrigins: ['https://www.taroudant.ma'],
          retentionDays: 200,
        }),
      });
      assert.equal(put.status, 200);
      const after = CommuneSettings.parse(await put.json());
      assert.deepEqual([after.signatureThreshold, after.embeddingOrigins, after.retentionDays], [100, ['https://www.taroudant.ma'], 200]);
      assert.equal(await retentionDays(t.db, 365), 200, 'the erasure of signatories’ data follows the setting');
      const [entry] = (await audit('resourceType=commune&action=update')).items;
      assert.deepEqual(entry!.summary, {
        populationCategory: 'under_35000',
        embeddingOrigins: ['https://www.taroudant.ma'],
        retentionDays: 200,
      });
      const invalid = await t.app.request('/v1/admin/settings', {
        method: 'PUT',
        headers: { ...asAdmin(), ...json },
        body: JSON.stringify({ name: read.name, populationCategory: 'huge', embeddingOrigins: ['javascript:alert(1)'], retentionDays: 0 }),
      });
      assert.equal(invalid.status, 422);
      assert.deepEqual(Object.keys(((await invalid.json()) as ErrorBody).error.fields ?? {}).sort(), [
        'embeddingOrigins.0',
        'populationCategory',
        'retentionDays',
      ]);
    });

    test('the dashboard and the staff lists answer in the contract’s shape', async () => {
      const dashboard = Dashboard.parse(await (await t.app.request('/v1/admin/dashboard', { headers: bootstrap })).json());
      assert.match(dashboard.satisfaction.month, /^\d{4}-\d{2}$/);
      assert.ok(dashboard.satisfaction.services.length > 0, 'the demo services');
      assert.ok(dashboard.petitions.length > 0, 'the demo petitions still open');
      for (const petition of dashboard.petitions) assert.ok(['collecting', 'deposited', 'under_review'].includes(petition.status));
      const petitions = AdminPetitionList.parse(await (await t.app.request('/v1/admin/petitions', { headers: bootstrap })).json());
      assert.ok(petitions.items.length >= dashboard.petitions.length);
      const deposited = petitions.items.find((petition) => petition.status !== 'collecting' && petition.answerDueAt);
      if (deposited) assert.ok(Date.parse(deposited.answerDueAt!) > Date.parse(deposited.opensAt));
      AdminConsultationList.parse(await (await t.app.request('/v1/admin/consultations', { headers: bootstrap })).json());
      const charters = AdminCharterList.parse(await (await t.app.request('/v1/admin/charters', { headers: bootstrap })).json());
      assert.ok(charters.items.length > 0, 'the demo charters');
      // Stored as JSON objects, not as JSON text inside a JSON string.
      const [stored] = await t.db.query<{ kind: string }>(`SELECT jsonb_typeof(summary) AS kind FROM audit_log ORDER BY id DESC LIMIT 1`);
      assert.equal(stored?.kind ?? 'object', 'object');
    });
  });
}
