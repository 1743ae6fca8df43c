import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin, Rollup } from 'vite';
import { LOADER_MAP_PLACEHOLDER, type LoaderElement, type LoaderMap } from '../src/loader-map.js';
import { ATTRIBUTE_MODULES } from './attribute-modules.js';
import { firstRead, formatsFirstView } from './first-reads.js';

export const LOADER_ENTRY = 'mocharaka';
export const INTEGRITY_FILE = 'integrity.json';
const LOCALE_MODULE = /\/generated\/locales\/([a-z]+)\.ts$/;

const sri = (bytes: Uint8Array | string) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/**
 * Writes the map of the elements the build made into the loader (`mocharaka.js`), and
 * `integrity.json`: the SRI hash of every file of the folder, for communes who pin them.
 * Hashes are taken from the files as written, after every other plugin has run.
 */
export function mocharakaLoader(options: { defaultLocale: string }): Plugin {
  return {
    name: 'mocharaka-loader',
    apply: 'build',
    enforce: 'post',
    writeBundle(output, bundle) {
      const outDir = output.dir!;
      const chunks = Object.values(bundle).filter((file): file is Rollup.OutputChunk => file.type === 'chunk');
      const loader = chunks.find((chunk) => chunk.isEntry && chunk.name === LOADER_ENTRY);
      if (!loader) this.error(`no "${LOADER_ENTRY}" entry in the build`);
      const integrity: Record<string, string> = {};
      for (const file of Object.values(bundle)) {
        if (file !== loader && !file.fileName.startsWith('.vite/'))
          integrity[file.fileName] = sri(readFileSync(join(outDir, file.fileName)));
      }
      const elements: Record<string, LoaderElement> = {};
      for (const entry of chunks) {
        if (entry.isEntry && entry !== loader && entry.name.startsWith('mocharaka-')) {
          elements[entry.name] = describe(entry, bundle);
          const byAttribute = attributeModules(entry.name, elements[entry.name].preload, bundle, (message) => this.error(message));
          if (byAttribute) elements[entry.name].byAttribute = byAttribute;
        }
      }
      const preloaded = new Set(
        Object.values(elements).flatMap((element) => [
          ...element.preload,
          ...Object.values(element.locales).flat(),
          ...Object.values(element.byAttribute?.values ?? {}).flat(),
        ]),
      );
      const map: LoaderMap = {
        elements,
        defaultLocale: options.defaultLocale,
        integrity: Object.fromEntries(Object.entries(integrity).filter(([fileName]) => preloaded.has(fileName))),
      };
      const loaderPath = join(outDir, loader.fileName);
      const placeholder = new RegExp(`(["'\`])${LOADER_MAP_PLACEHOLDER}\\1`);
      const code = readFileSync(loaderPath, 'utf8');
      if (!placeholder.test(code)) this.error('the loader lost its map placeholder');
      const withMap = code.replace(placeholder, () => JSON.stringify(JSON.stringify(map)));
      writeFileSync(loaderPath, withMap);
      integrity[loader.fileName] = sri(withMap);
      writeFileSync(join(outDir, INTEGRITY_FILE), `${JSON.stringify(integrity, null, 2)}\n`);
    },
  };
}

/** `fileName` and every chunk it imports statically, transitively. */
function staticClosure(fileName: string, bundle: Rollup.OutputBundle, closure: string[] = []): string[] {
  if (closure.includes(fileName)) return closure;
  closure.push(fileName);
  const chunk = bundle[fileName];
  if (chunk?.type === 'chunk') for (const imported of chunk.imports) staticClosure(imported, bundle, closure);
  return closure;
}

/** The files each of `tag`'s attribute values needs beyond the element's own (`preload`); `fail` stops the build when one is missing. */
function attributeModules(
  tag: string,
  preload: string[],
  bundle: Rollup.OutputBundle,
  fail: (message: string) => never,
): LoaderElement['byAttribute'] {
  const wanted = ATTRIBUTE_MODULES[tag];
  if (!wanted) return undefined;
  const values: Record<string, string[]> = {};
  for (const [value, modules] of Object.entries(wanted.values)) {
    const files = new Set<string>();
    for (const module of modules) {
      const chunk = Object.values(bundle).find(
        (file): file is Rollup.OutputChunk => file.type === 'chunk' && !!file.facadeModuleId?.endsWith(`/packages/${module}`),
      );
      if (!chunk) fail(`${tag}[${wanted.attribute}=${value}]: ${module} is not a chunk of its own`);
      for (const file of staticClosure(chunk.fileName, bundle)) if (!preload.includes(file)) files.add(file);
    }
    values[value] = [...files];
  }
  return { attribute: wanted.attribute, values };
}

function describe(entry: Rollup.OutputChunk, bundle: Rollup.OutputBundle): LoaderElement {
  const closure = staticClosure(entry.fileName, bundle);
  const locales: Record<string, string[]> = {};
  for (const fileName of closure) {
    for (const lazy of (bundle[fileName] as Rollup.OutputChunk).dynamicImports) {
      const target = bundle[lazy];
      const locale = target?.type === 'chunk' && target.facadeModuleId ? LOCALE_MODULE.exec(target.facadeModuleId)?.[1] : undefined;
      if (locale) (locales[locale] ??= []).push(lazy);
    }
  }
  const read = firstRead(entry.name);
  return {
    entry: entry.fileName,
    preload: closure,
    locales,
    ...(read && { read }),
    ...(formatsFirstView(entry.name) && { formatsFirstView: true }),
  };
}
