#!/usr/bin/env node
// `prepack` of every published package (npm runs it in the package's folder before
// `npm pack` and `npm publish`): builds the package and what it references, writes its
// custom-elements.json, README API section and React/Vue typings, and copies the repository's LICENSE in,
// so a tarball made from a fresh clone is complete.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const packageDir = process.cwd();
const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
const run = (command, args, cwd) => execFileSync(command, args, { cwd, stdio: ['ignore', 2, 2] }); // stdout is npm pack's JSON;

run('npx', ['tsc', '-b', relative(root, packageDir)], root);
if (manifest.scripts?.manifest) {
  run('npm', ['run', 'manifest', '--silent'], packageDir);
  run('node', [join(root, 'scripts/package-readmes.mjs'), relative(root, packageDir)], root);
  run('node', [join(root, 'scripts/framework-types.mjs'), relative(root, packageDir)], root);
}
copyFileSync(join(root, 'LICENSE'), join(packageDir, 'LICENSE'));
if (!existsSync(join(packageDir, 'README.md'))) throw new Error(`${manifest.name} has no README.md`);
