import { Hono } from 'hono';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { API_COMPRESSION_THRESHOLD, compressPublicApi, preferredEncoding } from '../src/http/compression.js';
import { consoleRoutes } from '../src/routes/console.js';
import { ADMIN_TOKEN, useTestApp } from './support/test-app.js';

const IMMUTABLE = 'public, max-age=31536000, immutable';
/** A module big and repetitive enough that compressing it pays off. */
const moduleText = (label: string) =>
  Array.from({ length: 200 }, (_, i) => `export const ${label}${i} = "a string the build repeats ${i}";`).join('\n');

async function decoded(response: Response): Promise<string> {
  const bytes = Buffer.from(await response.arrayBuffer());
  const encoding = response.headers.get('content-encoding');
  if (encoding === 'br') return brotliDecompressSync(bytes).toString('utf8');
  if (encoding === 'gzip') return gunzipSync(bytes).toString('utf8');
  assert.equal(encoding, null);
  return bytes.toString('utf8');
}

const varies = (response: Response) => /(^|,)\s*accept-encoding\s*(,|$)/i.test(response.headers.get('vary') ?? '');

describe('compressed static files and API answers', () => {
  const elementsDir = mkdtempSync(join(tmpdir(), 'mocharaka-elements-'));
  mkdirSync(join(elementsDir, 'chunks'));
  mkdirSync(join(elementsDir, 'assets'));
  const entryPath = join(elementsDir, 'mocharaka-petition.js');
  writeFileSync(entryPath, moduleText('entry'));
  writeFileSync(join(elementsDir, 'mocharaka.js'), moduleText('loader'));
  writeFileSync(join(elementsDir, 'chunks', 'runtime-Ab12Cd34.js'), moduleText('runtime'));
  writeFileSync(join(elementsDir, 'assets', 'font-Xy12Zw34.woff2'), Buffer.from([0x77, 0x4f, 0x46, 0x32, 1, 2, 3, 4]));
  const consoleDir = mkdtempSync(join(tmpdir(), 'mocharaka-console-'));
  mkdirSync(join(consoleDir, 'assets'));
  writeFileSync(join(consoleDir, 'index.html'), '<!doctype html><title>console</title>');
  writeFileSync(join(consoleDir, 'assets', 'index-Qw12Er34.js'), moduleText('console'));
  after(() => {
    rmSync(elementsDir, { recursive: true, force: true });
    rmSync(consoleDir, { recursive: true, force: true });
  });
  const t = useTestApp('pglite', { elementsDir });

  test('sends brotli when accepted, gzip otherwise, and the same bytes once decoded', async () => {
    const plain = await t.app.request('/elements/chunks/runtime-Ab12Cd34.js');
    assert.equal(plain.headers.get('content-encoding'), null);
    assert.ok(varies(plain), 'an uncompressed answer still says it varies, for shared caches');
    const original = await decoded(plain);

    const br = await t.app.request('/elements/chunks/runtime-Ab12Cd34.js', { headers: { 'accept-encoding': 'gzip, deflate, br, zstd' } });
    assert.equal(br.headers.get('content-encoding'), 'br');
    assert.ok(varies(br));
    assert.match(br.headers.get('content-type') ?? '', /javascript/);
    assert.equal(br.headers.get('cache-control'), IMMUTABLE);
    assert.equal(br.headers.get('access-control-allow-origin'), '*');
    const brBytes = Number(br.headers.get('content-length'));
    assert.ok(brBytes > 0 && brBytes < original.length / 3, `brotli sends ${brBytes} of ${original.length} bytes`);
    assert.equal(await decoded(br), original);

    const gzip = await t.app.request('/elements/chunks/runtime-Ab12Cd34.js', { headers: { 'accept-encoding': 'gzip, br;q=0' } });
    assert.equal(gzip.headers.get('content-encoding'), 'gzip');
    assert.equal(await decoded(gzip), original);

    const again = await t.app.request('/elements/chunks/runtime-Ab12Cd34.js', { headers: { 'accept-encoding': 'br' } });
    assert.equal(Number(again.headers.get('content-length')), brBytes);
    assert.equal(await decoded(again), original);
  });

  test('stable names are revalidated, and a rebuilt file is sent as rebuilt', async () => {
    for (const path of ['/elements/mocharaka-petition.js', '/elements/mocharaka.js']) {
      const response = await t.app.request(path, { headers: { 'accept-encoding': 'br' } });
      assert.equal(response.headers.get('cache-control'), 'no-cache', path);
      assert.equal(response.headers.get('content-encoding'), 'br', path);
      await response.arrayBuffer();
    }
    writeFileSync(entryPath, moduleText('rebuiltEntry') + '\n// rebuilt');
    const rebuilt = await t.app.request('/elements/mocharaka-petition.js', { headers: { 'accept-encoding': 'br' } });
    assert.match(await decoded(rebuilt), /rebuiltEntry0 = .*\/\/ rebuilt$/s);
  });

  test('hashed assets are immutable; binary files are not compressed again', async () => {
    const font = await t.app.request('/elements/assets/font-Xy12Zw34.woff2', { headers: { 'accept-encoding': 'br' } });
    assert.equal(font.status, 200);
    assert.equal(font.headers.get('cache-control'), IMMUTABLE);
    assert.equal(font.headers.get('content-encoding'), null);
    assert.equal(Buffer.from(await font.arrayBuffer()).length, 8);
    const css = await t.app.request('/assets/petition-print.css', { headers: { 'accept-encoding': 'gzip' } });
    assert.equal(css.status, 200);
    assert.ok(varies(css));
    assert.match(await decoded(css), /@media|\{/);
  });

  test('a HEAD or a range request gets the file as stored', async () => {
    const head = await t.app.request('/elements/mocharaka.js', { method: 'HEAD', headers: { 'accept-encoding': 'br' } });
    assert.equal(head.status, 200);
    assert.equal(head.headers.get('content-encoding'), null);
    const range = await t.app.request('/elements/mocharaka.js', { headers: { 'accept-encoding': 'br', range: 'bytes=0-9' } });
    assert.equal(range.status, 206);
    assert.equal(range.headers.get('content-encoding'), null);
    assert.equal((await range.arrayBuffer()).byteLength, 10);
  });

  test('the console’s hashed assets are compressed and immutable', async () => {
    const app = new Hono();
    consoleRoutes(app, consoleDir);
    const asset = await app.request('/console/assets/index-Qw12Er34.js', { headers: { 'accept-encoding': 'br, gzip' } });
    assert.equal(asset.headers.get('content-encoding'), 'br');
    assert.equal(asset.headers.get('cache-control'), IMMUTABLE);
    assert.ok(varies(asset));
    assert.match(await decoded(asset), /console199/);
    const index = await app.request('/console/petitions');
    assert.equal(index.headers.get('cache-control'), 'no-cache');
  });

  test('public JSON answers above the threshold are compressed; small ones and staff answers are not', async () => {
    const list = await t.app.request('/v1/petitions', { headers: { 'accept-encoding': 'br, gzip' } });
    assert.equal(list.status, 200);
    const plain = await (await t.app.request('/v1/petitions')).text();
    assert.ok(plain.length >= API_COMPRESSION_THRESHOLD, `the demo's petition list is ${plain.length} bytes`);
    assert.equal(list.headers.get('content-encoding'), 'br');
    assert.ok(varies(list));
    assert.deepEqual(JSON.parse(await decoded(list)), JSON.parse(plain));

    const gzip = await t.app.request('/v1/petitions', { headers: { 'accept-encoding': 'gzip' } });
    assert.equal(gzip.headers.get('content-encoding'), 'gzip');
    assert.deepEqual(JSON.parse(await decoded(gzip)), JSON.parse(plain));

    const health = await t.app.request('/v1/health', { headers: { 'accept-encoding': 'br' } });
    assert.equal(health.status, 200);
    assert.equal(health.headers.get('content-encoding'), null);
    assert.ok(varies(health));
    assert.equal(typeof JSON.parse(await health.text()), 'object');

    const missing = await t.app.request('/v1/petitions/no-such-petition', { headers: { 'accept-encoding': 'br' } });
    assert.equal(missing.status, 404);
    assert.equal(JSON.parse(await decoded(missing)).error.code, 'not_found');

    const staff = await t.app.request('/v1/admin/petitions', {
      headers: { 'accept-encoding': 'br, gzip', authorization: `Bearer ${ADMIN_TOKEN}` },
    });
    assert.equal(staff.status, 200);
    assert.equal(staff.headers.get('content-encoding'), null);
  });

  test('a staff answer is never compressed, whatever its size', async () => {
    const app = new Hono();
    app.use('/v1/*', compressPublicApi);
    const big = { items: Array.from({ length: 100 }, (_, i) => ({ id: `item-${i}`, title: 'a title repeated often' })) };
    app.get('/v1/admin/things', (c) => c.json(big));
    app.get('/v1/things', (c) => c.json(big));
    const headers = { 'accept-encoding': 'br, gzip' };
    const staff = await app.request('/v1/admin/things', { headers });
    assert.ok((await staff.clone().text()).length >= API_COMPRESSION_THRESHOLD);
    assert.equal(staff.headers.get('content-encoding'), null);
    assert.deepEqual(await staff.json(), big);
    const open = await app.request('/v1/things', { headers });
    assert.equal(open.headers.get('content-encoding'), 'br');
    assert.deepEqual(JSON.parse(await decoded(open)), big);
  });

  test('Accept-Encoding is read with its weights', () => {
    assert.equal(preferredEncoding(undefined), undefined);
    assert.equal(preferredEncoding('identity'), undefined);
    assert.equal(preferredEncoding('gzip, deflate, br'), 'br');
    assert.equal(preferredEncoding('br;q=0, gzip'), 'gzip');
    assert.equal(preferredEncoding('gzip;q=1, br;q=0.5'), 'gzip');
    assert.equal(preferredEncoding('*'), 'br');
    assert.equal(preferredEncoding('*, br;q=0'), 'gzip');
    assert.equal(preferredEncoding('gzip;q=0, br;q=0'), undefined);
  });
});
