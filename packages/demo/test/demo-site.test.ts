import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { demoSite } from '../src/site.js';

describe('demo commune page', () => {
  const site = demoSite();

  test('is in Arabic, right to left, by default', async () => {
    const response = await site.request('/');
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
      const page = await (await site.request(`/?lang=${lang}`)).text();
      assert.match(page, new RegExp(`<html lang="${lang}" dir="${dir}">`));
      assert.ok(page.includes(name), lang);
    }
    assert.match(await (await site.request('/?lang=<script>')).text(), /<html lang="ar" dir="rtl">/);
  });

  test('embeds the elements as docs/embedding.*.md tells a CMS admin: the loader line once, then one tag each', async () => {
    const page = await (await site.request('/?lang=fr')).text();
    const scripts = [...page.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]);
    assert.deepEqual(scripts, ['<script type="module" src="/elements/mocharaka.js">'], 'the loader line once, as docs/embedding.*.md says');
    assert.match(
      page,
      /<mocharaka-satisfaction service="civil-status" endpoint="\/v1"><a href="[^"]+">[^<]+<\/a><\/mocharaka-satisfaction>/,
    );
    for (const element of ['petition', 'consultation', 'charter']) assert.match(page, new RegExp(`<!-- mocharaka: ${element}`));
    assert.doesNotMatch(page, /<style|style=|<script>/);
    for (const lang of ['ar', 'fr', 'zgh', 'en']) assert.ok(page.includes(`href="/?lang=${lang}"`));
  });

  test('serves its stylesheet and icon as files: nothing the page links under /demo/ is missing', async () => {
    const page = await (await site.request('/')).text();
    const linked = [...page.matchAll(/(?:href|src)="(\/demo\/[^"]+)"/g)].map((match) => match[1]!);
    assert.deepEqual(linked.sort(), ['/demo/icon.svg', '/demo/page.css']);
    const types: Record<string, RegExp> = { '/demo/icon.svg': /image\/svg\+xml/, '/demo/page.css': /text\/css/ };
    for (const path of linked) {
      const response = await site.request(path);
      assert.equal(response.status, 200, path);
      assert.match(response.headers.get('content-type') ?? '', types[path]!, path);
    }
  });
});
