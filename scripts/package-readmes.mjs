#!/usr/bin/env node
// Writes the API section of each element package's README.md (between the
// `<!-- api:start -->` and `<!-- api:end -->` markers) from its custom-elements.json,
// so the attribute and event tables a developer reads on npm are the manifest's.
//   node scripts/package-readmes.mjs [packages/petition …]   write
//   node scripts/package-readmes.mjs --check                 exit 1 when a README is stale
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
export const ELEMENT_PACKAGES = [
  'packages/petition',
  'packages/consultation',
  'packages/charter',
  'packages/satisfaction',
  'packages/suggestions',
  'packages/meetings',
  'packages/action-plan',
];
const START = '<!-- api:start -->';
const END = '<!-- api:end -->';

const cell = (text) =>
  String(text ?? '')
    .replaceAll('|', '\\|')
    .replaceAll('\n', ' ')
    .trim();
const code = (text) => (text ? `\`${cell(text)}\`` : '');
function table(headers, rows) {
  if (rows.length === 0) return '';
  return [`| ${headers.join(' | ')} |`, `| ${headers.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join(
    '\n',
  );
}

/** The element a package defines, as its custom-elements.json describes it. */
export function elementOf(packageDir) {
  const manifest = JSON.parse(readFileSync(join(root, packageDir, 'custom-elements.json'), 'utf8'));
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) if (declaration.customElement && declaration.tagName) return declaration;
  }
  throw new Error(`${packageDir}/custom-elements.json declares no custom element`);
}

export function apiSection(element) {
  const attributes = element.attributes ?? [];
  const attributeNames = new Set(attributes.map((attribute) => attribute.fieldName ?? attribute.name));
  const propertyOnly = (element.members ?? []).filter(
    (member) => member.kind === 'field' && !member.privacy && !member.static && !attributeNames.has(member.name) && member.description,
  );
  const sections = [
    [
      'Attributes and properties',
      table(
        ['attribute', 'property', 'type', 'description'],
        attributes.map((a) => [code(a.name), code(a.fieldName ?? a.name), code(a.type?.text), cell(a.description)]),
      ),
    ],
    [
      'Properties only',
      table(
        ['property', 'type', 'description'],
        propertyOnly.map((m) => [code(m.name), code(m.type?.text), cell(m.description)]),
      ),
    ],
    [
      'Events',
      table(
        ['event', 'type', 'description'],
        (element.events ?? []).map((e) => [code(e.name), code(e.type?.text), cell(e.description)]),
      ),
    ],
    [
      'Slots',
      table(
        ['slot', 'description'],
        (element.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', cell(s.description)]),
      ),
    ],
    [
      'CSS parts',
      table(
        ['part', 'description'],
        (element.cssParts ?? []).map((p) => [code(p.name), cell(p.description)]),
      ),
    ],
    [
      'CSS custom properties',
      table(
        ['property', 'default', 'description'],
        (element.cssProperties ?? []).map((p) => [code(p.name), code(p.default), cell(p.description)]),
      ),
    ],
  ];
  const body = sections
    .filter(([, content]) => content)
    .map(([title, content]) => `### ${title}\n\n${content}`)
    .join('\n\n');
  return `${START}\n## API of \`<${element.tagName}>\`\n\n_Generated from \`custom-elements.json\` by \`npm run manifest\`._\n\n${body}\n${END}`;
}

export function renderedReadme(packageDir) {
  const current = readFileSync(join(root, packageDir, 'README.md'), 'utf8');
  const start = current.indexOf(START);
  const end = current.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${packageDir}/README.md has no ${START} … ${END} section`);
  return { current, next: current.slice(0, start) + apiSection(elementOf(packageDir)) + current.slice(end + END.length) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  const dirs = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
  let stale = 0;
  for (const dir of dirs.length ? dirs : ELEMENT_PACKAGES) {
    if (!ELEMENT_PACKAGES.includes(dir)) continue;
    const { current, next } = renderedReadme(dir);
    if (current === next) continue;
    if (check) {
      stale += 1;
      console.error(`${dir}/README.md: API section differs from custom-elements.json (run npm run manifest)`);
    } else writeFileSync(join(root, dir, 'README.md'), next);
  }
  process.exit(stale ? 1 : 0);
}
