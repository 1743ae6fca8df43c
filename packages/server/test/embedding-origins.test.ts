import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { useTestApp } from './support/test-app.js';
import { availableDatabases } from './support/test-db.js';

/**
 * The origins staff allow in the console's settings restrict who may call the public API
 * from a browser, as MOCHARAKA_ALLOWED_ORIGINS does (the test app lists https://www.taroudant.ma).
 */
for (const kind of availableDatabases()) {
  describe(`embedding origins from the commune's settings, on ${kind}`, () => {
    const t = useTestApp(kind);
    const allowOrigin = async (origin: string) =>
      (await t.app.request('/v1/services', { headers: { origin } })).headers.get('access-control-allow-origin');

    test('an origin staff listed is answered, with the configured ones; another is not', async () => {
      await t.db.query(`UPDATE communes SET settings = settings || '{"embeddingOrigins": ["https://portail.taroudant.ma"]}'::jsonb`);
      assert.equal(await allowOrigin('https://portail.taroudant.ma'), 'https://portail.taroudant.ma');
      assert.equal(await allowOrigin('https://www.taroudant.ma'), 'https://www.taroudant.ma');
      assert.equal(await allowOrigin('https://evil.example'), null);
    });
  });
}
