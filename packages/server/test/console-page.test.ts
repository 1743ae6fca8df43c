// The console's built page (`npm run build` makes it before the tests): every file it
// links is served, so a browser opening /console/ asks for nothing that is missing.
import assert from 'node:assert/strict';
import { Hono } from 'hono';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { consoleRoutes, DEFAULT_CONSOLE_DIR } from '../src/routes/console.js';

const TYPES: Record<string, RegExp> = { js: /javascript/, css: /text\/css/, svg: /image\/svg\+xml/ };

test('the built console page links its script, stylesheet and icon, and each is served with its type', async () => {
  const indexFile = join(DEFAULT_CONSOLE_DIR, 'index.html');
  assert.ok(existsSync(indexFile), 'run npm run build first');
  const page = readFileSync(indexFile, 'utf8');
  const linked = [...page.matchAll(/(?:href|src)="(\/console\/[^"]+)"/g)].map((match) => match[1]!);
  const kinds = linked.map((path) => path.split('.').at(-1)!).sort();
  assert.deepEqual(kinds, ['css', 'js', 'svg']);
  assert.match(page, /<link rel="icon" href="\/console\/assets\/[^"]+\.svg" type="image\/svg\+xml"/);
  const app = new Hono();
  consoleRoutes(app);
  for (const path of linked) {
    const response = await app.request(path);
    assert.equal(response.status, 200, path);
    assert.match(response.headers.get('content-type') ?? '', TYPES[path.split('.').at(-1)!]!, path);
  }
});
