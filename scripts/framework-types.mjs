#!/usr/bin/env node
// Writes each element package's JSX (React 19) and Vue typings from its
// custom-elements.json: dist/react.d.ts augments React's JSX.IntrinsicElements and
// dist/vue.d.ts Vue's GlobalComponents, with every property, attribute and typed event.
// Types are taken from the element and event classes themselves (indexed access), so the
// manifest only says which members exist. Run by the build and by prepack.
//   node scripts/framework-types.mjs [packages/petition …]
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ELEMENT_PACKAGES, elementOf } from './package-readmes.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const HEADER = '// Generated from custom-elements.json by scripts/framework-types.mjs: do not edit.\n';

/** `src/petition.events.ts` → `./petition.events.js` (next to the .d.ts in dist/). */
const distImport = (module) => (module.startsWith('@') ? module : `./${module.replace(/^src\//, '').replace(/\.ts$/, '.js')}`);
const pascal = (name) => name.replace(/(^|-)([a-z])/g, (_all, _dash, letter) => letter.toUpperCase());
const quoted = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);

function shapeOf(element, modulePath) {
  const className = element.name;
  const attributes = element.attributes ?? [];
  const properties = new Map();
  for (const attribute of attributes) {
    if (attribute.fieldName) properties.set(attribute.fieldName, attribute.description);
  }
  for (const member of element.members ?? []) {
    if (
      member.kind === 'field' &&
      !member.privacy &&
      !member.static &&
      !member.readonly &&
      member.description &&
      !properties.has(member.name)
    ) {
      properties.set(member.name, member.description);
    }
  }
  const kebabAttributes = attributes.filter((attribute) => attribute.fieldName && attribute.name !== attribute.fieldName);
  const imports = new Map([[distImport(modulePath), new Set([className])]]);
  const events = (element.events ?? []).map((event) => {
    const reference = event.type?.references?.[0];
    if (reference) {
      const from = distImport(reference.module);
      if (!imports.has(from)) imports.set(from, new Set());
      imports.get(from).add(reference.name);
    }
    return { name: event.name, type: reference?.name ?? 'CustomEvent', description: event.description };
  });
  return { tag: element.tagName, className, properties, kebabAttributes, events, imports };
}

const importLines = (imports) =>
  [...imports].map(([from, names]) => `import type { ${[...names].sort().join(', ')} } from '${from}';`).join('\n');
const doc = (text) => (text ? `  /** ${text.replaceAll('*/', '*\\/')} */\n` : '');

function memberLines(shape, eventKey) {
  let out = '';
  for (const [name, description] of shape.properties) out += `${doc(description)}  ${quoted(name)}?: ${shape.className}['${name}'];\n`;
  for (const attribute of shape.kebabAttributes)
    out += `${doc(`Attribute spelling of \`${attribute.fieldName}\`.`)}  '${attribute.name}'?: string;\n`;
  for (const event of shape.events) out += `${doc(event.description)}  ${quoted(eventKey(event.name))}?: (event: ${event.type}) => void;\n`;
  return out;
}

function reactTypes(shape) {
  const props = `${shape.className}ReactProps`;
  return `${HEADER}import type { DetailedHTMLProps, HTMLAttributes } from 'react';
${importLines(shape.imports)}

/** What \`<${shape.tag}>\` takes in React 19: properties (set as properties), attributes and events (\`on\` + the event's name). */
export interface ${props}Own {
${memberLines(shape, (name) => `on${name}`)}}

export type ${props} = Omit<DetailedHTMLProps<HTMLAttributes<${shape.className}>, ${shape.className}>, keyof ${props}Own> & ${props}Own;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      '${shape.tag}': ${props};
    }
  }
}
`;
}

function vueTypes(shape) {
  const props = `${shape.className}VueProps`;
  return `${HEADER}import type { DefineComponent } from 'vue';
${importLines(shape.imports)}

/** What \`<${shape.tag}>\` takes in Vue 3 templates: \`:property\`, attributes and \`@event\` (\`onEventName\` here). */
export interface ${props} {
${memberLines(shape, (name) => `on${pascal(name)}`)}}

declare module 'vue' {
  interface GlobalComponents {
    '${shape.tag}': DefineComponent<${props}>;
  }
}
`;
}

export function writeFrameworkTypes(packageDir) {
  const manifest = JSON.parse(readFileSync(join(root, packageDir, 'custom-elements.json'), 'utf8'));
  const element = elementOf(packageDir);
  const module =
    manifest.modules.find((candidate) => candidate.declarations?.includes(element)) ??
    manifest.modules.find((candidate) => candidate.declarations?.some((declaration) => declaration.tagName === element.tagName));
  const shape = shapeOf(element, module.path);
  mkdirSync(join(root, packageDir, 'dist'), { recursive: true });
  writeIfChanged(join(root, packageDir, 'dist/react.d.ts'), reactTypes(shape));
  writeIfChanged(join(root, packageDir, 'dist/vue.d.ts'), vueTypes(shape));
}

/** Unchanged files are left alone: a pack may be reading them (prepack runs this too). */
function writeIfChanged(path, text) {
  if (!existsSync(path) || readFileSync(path, 'utf8') !== text) writeFileSync(path, text);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dirs = process.argv.slice(2);
  for (const dir of dirs.length ? dirs : ELEMENT_PACKAGES) if (ELEMENT_PACKAGES.includes(dir)) writeFrameworkTypes(dir);
}
