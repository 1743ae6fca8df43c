import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { escapeHtml } from '../src/demo/html.js';
import { useTestApp } from './support/test-app.js';

describe('demo commune page', () => {
  const elementsDir = mkdtempSync(join(tmpdir(), 'mocharaka-elements-'));
  mkdirSync(join(elementsDir, 'chunks'));
  writeFileSync(join(elementsDir, 'mocharaka-satisfaction.js'), 'export {};\n');
  writeFileSync(join(elementsDir, 'chunks', 'lit-Ab12Cd34.js'), 'export {};\n');
  after(() => rmSync(elementsDir, { recursive: true, force: true }));
  const t = useTestApp('pglite', { elementsDir });

  test('is in Arabic, right to left, by default', async () => {
    const response = await t.app.request('/');
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /text\/html/);
    const page = await response.text();
    assert.match(page, /<html lang="ar" dir="rtl">/);
    assert.match(page, /جماعة تارودانت/);
  });

  test('follows ?lang for the four languages, left to right except Arabic', async () => {
    for (const [lang, dir, name] of [
      ['fr', 'ltr', 'Commune de Taroudant'],
      ['zgh', 'ltr', 'ⵜⴰⵎⴰⵙⵙⴰⵏⵜ'],
      ['en', 'ltr', 'Commune of Taroudant'],
    ] as const) {
      const page = await (await t.app.request(`/?lang=${lang}`)).text();
      assert.match(page, new RegExp(`<html lang="${lang}" dir="${dir}">`));
      assert.ok(page.includes(name), lang);
    }
    assert.match(await (await t.app.request('/?lang=<script>')).text(), /<html lang="ar" dir="rtl">/);
  });

  test('embeds the element as a CMS admin would paste it, with room for the others', async () => {
    const page = await (await t.app.request('/?lang=fr')).text();
    assert.ok(page.includes('<script type="module" src="/elements/mocharaka-satisfaction.js"></script>'));
    assert.match(page, /<mocharaka-satisfaction service="civil-status" endpoint="\/v1"><a href="[^"]+">[^<]+<\/a><\/mocharaka-satisfaction>/);
    for (const element of ['petition', 'consultation', 'charter']) assert.match(page, new RegExp(`<!-- mocharaka: ${element}`));
    assert.doesNotMatch(page, /<style|style=|<script>/);
    for (const lang of ['ar', 'fr', 'zgh', 'en']) assert.ok(page.includes(`href="/?lang=${lang}"`));
  });

  test('serves its stylesheet as a file', async () => {
    const response = await t.app.request('/demo/page.css');
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /text\/css/);
  });

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

  test('escapes text put into HTML', () => {
    assert.equal(escapeHtml(`<a href="x" title='y'>&</a>`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
});
