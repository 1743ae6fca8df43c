import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Health, ServiceList } from '@mocharaka/core/contract';
import { useTestApp } from './support/test-app.js';
import { availableDatabases } from './support/test-db.js';

for (const kind of availableDatabases()) {
  describe(`services on ${kind}`, () => {
    const t = useTestApp(kind);

    test('health reports the database kind and version', async () => {
      const response = await t.app.request('/v1/health');
      assert.equal(response.status, 200);
      const body = Health.parse(await response.json());
      assert.deepEqual(body, { status: 'ok', database: kind, version: '0.1.0' });
    });

    test('lists the six demo services in position order', async () => {
      const response = await t.app.request('/v1/services');
      assert.equal(response.status, 200);
      const { items } = ServiceList.parse(await response.json());
      assert.deepEqual(
        items.map((service) => service.id),
        ['civil-status', 'signature-legalisation', 'urban-permits', 'cleanliness', 'green-spaces', 'markets'],
      );
      assert.equal(items[0]!.name.ar, 'الحالة المدنية');
      assert.equal(items[0]!.name.fr, 'État civil');
    });

    test('gets one service', async () => {
      const response = await t.app.request('/v1/services/markets');
      assert.equal(response.status, 200);
      const body = (await response.json()) as { id: string; name: { ar: string } };
      assert.equal(body.id, 'markets');
      assert.equal(body.name.ar, 'الأسواق');
    });

    test('an unknown service is 404 not_found', async () => {
      for (const path of ['/v1/services/nope', '/v1/services/nope/summary']) {
        const response = await t.app.request(path);
        assert.equal(response.status, 404, path);
        assert.equal(((await response.json()) as { error: { code: string } }).error.code, 'not_found');
      }
    });

    test('serves the OpenAPI document with every route', async () => {
      const response = await t.app.request('/v1/openapi.json');
      assert.equal(response.status, 200);
      const document = (await response.json()) as { openapi: string; paths: Record<string, unknown> };
      assert.equal(document.openapi, '3.1.0');
      for (const path of [
        '/v1/health',
        '/v1/services',
        '/v1/services/{id}',
        '/v1/services/{id}/ratings',
        '/v1/services/{id}/summary',
        '/v1/admin/services',
        '/v1/admin/services/{id}/ratings',
      ]) {
        assert.ok(document.paths[path], path);
      }
    });
  });
}
