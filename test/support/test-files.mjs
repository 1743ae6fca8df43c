import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Packages whose tests run in Node (node:test); every other package's tests run in Chromium. */
export const NODE_PACKAGES = ['server', 'demo'];

/** Where Node test files live, besides `packages/<node package>/test`. */
const NODE_DIRS = ['test/node'];
const BROWSER_DIRS = ['test/browser'];

/** web-test-runner's `files`: the same set as browserTestFiles() finds on disk. */
export const BROWSER_TEST_FILES = [
  'packages/*/test/**/*.test.ts',
  ...NODE_PACKAGES.map((name) => `!packages/${name}/**`),
  ...BROWSER_DIRS.map((dir) => `${dir}/**/*.test.ts`),
];

function testFilesUnder(dir) {
  try {
    return readdirSync(dir, { recursive: true })
      .map(String)
      .filter((file) => file.endsWith('.test.ts') && !file.split('/').includes('node_modules'))
      .map((file) => join(dir, file))
      .sort();
  } catch (error) {
    if (error.code === 'ENOENT') return [];
    throw error;
  }
}

function packageNames() {
  return readdirSync('packages', { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** Node test files on disk (paths relative to the repository root). */
export function nodeTestFiles() {
  return [...NODE_PACKAGES.map((name) => `packages/${name}/test`), ...NODE_DIRS].flatMap(testFilesUnder);
}

/** Browser test files on disk (paths relative to the repository root). */
export function browserTestFiles() {
  const packages = packageNames().filter((name) => !NODE_PACKAGES.includes(name));
  return [...packages.map((name) => `packages/${name}/test`), ...BROWSER_DIRS].flatMap(testFilesUnder);
}
