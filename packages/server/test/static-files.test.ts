import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { escapeHtml } from '../src/html/safe-html.js';
import { useTestApp } from './support/test-app.js';

describe('static files', () => {
  const elementsDir = mkdtempSync(join(tmpdir(), 'mocharaka-elements-'));
  mkdirSync(join(elementsDir, 'chunks'));
  writeFileSync(join(elementsDir, 'mocharaka-satisfaction.js'), 'export {};\n');
  writeFileSync(join(elementsDir, 'chunks', 'lit-Ab12Cd34.js'), 'export {};\n');
  after(() => rmSync(elementsDir, { recursive: true, force: true }));
  const t = useTestApp('pglite', { elementsDir });

  test('serves the element bundle; hashed chunks are cached for long', async () => {
    const entry = await t.app.request('/elements/mocharaka-satisfaction.js');
    assert.equal(entry.status, 200);
    assert.match(entry.headers.get('content-type') ?? '', /javascript/);
    assert.equal(entry.headers.get('cache-control'), 'no-cache');
    const chunk = await t.app.request('/elements/chunks/lit-Ab12Cd34.js', { headers: { origin: 'https://www.taroudant.ma' } });
    assert.match(chunk.headers.get('cache-control') ?? '', /immutable/);
    // A commune's own site loads the modules from this server: public code, CORS without credentials.
    assert.equal(chunk.headers.get('access-control-allow-origin'), '*');
    assert.equal(chunk.headers.get('access-control-allow-credentials'), null);
    assert.equal((await t.app.request('/elements/../package.json')).status, 404);
    assert.equal((await t.app.request('/elements/missing.js')).status, 404);
  });

  test('serves its own stylesheet for the printable signature list; no demo page without the demo', async () => {
    const css = await t.app.request('/assets/petition-print.css');
    assert.equal(css.status, 200);
    assert.match(css.headers.get('content-type') ?? '', /text\/css/);
    assert.equal((await t.app.request('/demo/page.css')).status, 404);
    assert.equal((await t.app.request('/')).status, 404);
  });

  test('escapes text put into HTML', () => {
    assert.equal(escapeHtml(`<a href="x" title='y'>&</a>`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
});
