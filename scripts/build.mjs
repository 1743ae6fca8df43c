#!/usr/bin/env node
// Builds everything the demo and the tests need: the TypeScript packages (ES modules
// and declarations, via project references), the standalone browser bundle, the staff
// console (served at /console/), and each element package's custom-elements.json (from
// the elements' JSDoc) with the React and Vue typings generated from it, and the
// repository's LICENSE in each published package: all a tarball holds besides the sources.
import { execFileSync } from 'node:child_process';
import { copyFileSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const run = (command, args) => execFileSync(command, args, { stdio: 'inherit' });
run('npx', ['tsc', '-b']);
run('npx', ['vite', 'build', '--logLevel', 'warn']);
run('npx', ['vite', 'build', '--config', 'packages/console/vite.config.ts', '--logLevel', 'warn']);
run('npm', ['run', 'manifest', '--workspaces', '--if-present', '--silent']);
run('node', ['scripts/framework-types.mjs']);

for (const name of readdirSync('packages')) {
  const manifest = JSON.parse(readFileSync(join('packages', name, 'package.json'), 'utf8'));
  if (manifest.scripts?.prepack) copyFileSync('LICENSE', join('packages', name, 'LICENSE'));
}
