/**
 * Content is data, never HTML, and elements use static styles only, so they run on host
 * pages with a strict CSP and Trusted Types. This fails the build if element or core
 * source reaches for an API that would break that.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

const FORBIDDEN: [RegExp, string][] = [
  [/\bunsafeHTML\b|\bunsafeSVG\b|\bunsafeStatic\b/, 'lit unsafe directive'],
  [/\.innerHTML\b|\.outerHTML\b|insertAdjacentHTML|document\.write/, 'HTML string sink'],
  [/\bstyleMap\b|\bunsafeCSS\b/, 'dynamic style (breaks style-src without unsafe-inline)'],
  [/\sstyle=["$]/, 'inline style attribute in a template'],
  [/\beval\(|new Function\(/, 'code from strings'],
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'generated' ? [] : sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

test('no element or core source uses unsafe HTML, inline styles or code from strings', () => {
  const packages = readdirSync('packages').filter((name) => name !== 'server');
  const files = packages.flatMap((name) => {
    try {
      return sourceFiles(join('packages', name, 'src'));
    } catch {
      return [];
    }
  });
  assert.ok(files.length > 10, 'no source files found: is the test run from the repository root?');
  const findings: string[] = [];
  for (const file of files) {
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, index) => {
        for (const [pattern, why] of FORBIDDEN) if (pattern.test(line)) findings.push(`${file}:${index + 1}: ${why}: ${line.trim()}`);
      });
  }
  assert.deepEqual(findings, []);
});
