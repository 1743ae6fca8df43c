import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateMsgId } from '@lit/localize/internal/id-generation.js';
import ts from 'typescript';
import type { Plugin } from 'vite';

/**
 * The standalone build's elements speak the default language (Arabic) from their own
 * code: each `msg()` gets the Arabic text in place of its English source and a short
 * explicit id, and @lit/localize is told Arabic is the source. So Arabic needs no
 * catalogue (two files and a hop fewer), English gets a catalogue made here from the
 * sources, French and Tamazight keep theirs under the short ids, and the runtime no longer
 * hashes templates to find their id. npm packages (tsc output) are not touched.
 */

const GENERATED = '/generated/';
const CATALOGUE_IMPORT = /\bar: \(\) => import\((['"])((?:\.\.?\/)+generated\/locales\/)ar\.js\1\)/;
const ENGLISH_SUFFIX = '?mocharaka-english-catalogue';
/** How catalogs.ts names the language the code is written in. */
const SOURCE_LOCALE_LINE = "const SOURCE_LOCALE: Locale = 'en';";

interface Template {
  /** `''` for a plain string, else the tag. */
  tag: '' | 'str' | 'html';
  /** Raw template text between the placeholders, as written in the file. */
  parts: string[];
  /** Per placeholder, the source expression's text, or the index of the source value. */
  holes: string[];
  /** In a source file, the placeholders' expressions. */
  expressions?: ts.Expression[];
}

function templateOf(node: ts.Expression, file: ts.SourceFile): Template | undefined {
  const raw = (literal: ts.TemplateLiteralLikeNode | ts.NoSubstitutionTemplateLiteral, end: number) =>
    file.text.slice(literal.getStart(file) + 1, end);
  if (ts.isStringLiteral(node))
    return {
      tag: '',
      parts: [
        JSON.stringify(node.text)
          .slice(1, -1)
          .replace(/`|\$\{/g, '\\$&'),
      ],
      holes: [],
    };
  if (ts.isNoSubstitutionTemplateLiteral(node)) return { tag: '', parts: [raw(node, node.getEnd() - 1)], holes: [] };
  if (!ts.isTaggedTemplateExpression(node) || !ts.isIdentifier(node.tag) || !['str', 'html'].includes(node.tag.text)) return undefined;
  const tag = node.tag.text as 'str' | 'html';
  const template = node.template;
  if (ts.isNoSubstitutionTemplateLiteral(template)) return { tag, parts: [raw(template, template.getEnd() - 1)], holes: [] };
  const parts = [raw(template.head, template.head.getEnd() - 2)];
  const holes: string[] = [];
  const expressions: ts.Expression[] = [];
  for (const span of template.templateSpans) {
    holes.push(span.expression.getText(file));
    expressions.push(span.expression);
    const end = ts.isTemplateTail(span.literal) ? span.literal.getEnd() - 1 : span.literal.getEnd() - 2;
    parts.push(raw(span.literal, end));
  }
  return { tag, parts, holes, expressions };
}

/** The id @lit/localize computes at run time for a template (cooked strings). */
function idOf(node: ts.Expression): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return generateMsgId(node.text, false);
  if (!ts.isTaggedTemplateExpression(node)) return undefined;
  const template = node.template;
  const strings = ts.isNoSubstitutionTemplateLiteral(template)
    ? [template.text]
    : [template.head.text, ...template.templateSpans.map((span) => span.literal.text)];
  return generateMsgId(strings, (node.tag as ts.Identifier).text === 'html');
}

const print = (template: Template, hole: (index: number) => string) =>
  `${template.tag}\`${template.parts.map((part, index) => (index ? '${' + hole(index - 1) + '}' : '') + part).join('')}\``;

interface Message {
  call: ts.CallExpression;
  id: string;
  template: Template;
}

function messagesOf(file: ts.SourceFile): Message[] {
  const found: Message[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'msg' && node.arguments[0]) {
      const template = templateOf(node.arguments[0], file);
      if (template) template.expressions ??= [];
      const options = node.arguments[1];
      const explicit =
        options && ts.isObjectLiteralExpression(options)
          ? options.properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && p.name.getText(file) === 'id')
          : undefined;
      const id = explicit && ts.isStringLiteralLike(explicit.initializer) ? explicit.initializer.text : idOf(node.arguments[0]);
      if (!template || !id) throw new Error(`${file.fileName}: a msg() whose template this build cannot read: ${node.getText(file)}`);
      found.push({ call: node, id, template });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** A generated catalogue's templates by id, placeholders as source-value indices. */
function catalogueOf(path: string): Map<string, Template> {
  const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.ES2022, true);
  const templates = new Map<string, Template>();
  const visit = (node: ts.Node) => {
    if (ts.isPropertyAssignment(node) && ts.isStringLiteral(node.name)) {
      const template = templateOf(node.initializer, file);
      if (!template) throw new Error(`${path}: cannot read ${node.name.text}`);
      templates.set(node.name.text, template);
    } else ts.forEachChild(node, visit);
  };
  visit(file);
  return templates;
}

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { recursive: true })
    .map(String)
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.d.ts') && !`/${name}`.includes(GENERATED))
    .map((name) => join(dir, name));

const packageOf = (id: string) => /\/packages\/([^/]+)\/src\//.exec(id)?.[1];

export function inlineDefaultLocale(options: { root: string; defaultLocale: string; packages: string[] }): Plugin {
  const locale = options.defaultLocale;
  /** Per package, per long id, the default locale's template. */
  const inline = new Map<string, Map<string, Template>>();
  /** Per package, per long id, the English source template (placeholders by index). */
  const english = new Map<string, Map<string, Template>>();
  const shortIds = new Map<string, string>();

  return {
    name: 'mocharaka-inline-default-locale',
    apply: 'build',
    enforce: 'pre',
    buildStart() {
      const longIds = new Set<string>();
      for (const name of options.packages) {
        const src = join(options.root, 'packages', name, 'src');
        inline.set(name, catalogueOf(join(src, 'generated', 'locales', `${locale}.ts`)));
        const sources = new Map<string, Template>();
        for (const path of sourceFiles(src)) {
          const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.ES2022, true);
          for (const { id, template } of messagesOf(file)) {
            sources.set(id, { ...template, holes: template.holes.map((_, index) => String(index)) });
            longIds.add(id);
          }
        }
        english.set(name, sources);
      }
      // Ids are page-wide in @lit/localize: numbered across every package, in a stable order.
      [...longIds].sort().forEach((id, index) => shortIds.set(id, `m${index.toString(36)}`));
    },
    resolveId(source, importer) {
      if (source.endsWith(ENGLISH_SUFFIX)) return `\0${join(importer!, '..', source.slice(0, -ENGLISH_SUFFIX.length - 3))}.ts`;
      // Every message has its id written in: the runtime's template hashing is never used.
      if (source === './id-generation.js' && importer?.includes('/@lit/localize/internal/')) return '\0mocharaka-no-msg-ids';
      return null;
    },
    load(id) {
      if (id === '\0mocharaka-no-msg-ids')
        return `export const generateMsgId = () => { throw new Error('[mocharaka] a msg() without an id in the standalone build'); };`;
      if (!id.startsWith('\0') || !id.endsWith(`${GENERATED}locales/en.ts`)) return null;
      const sources = english.get(packageOf(id.slice(1))!)!;
      const entries = [...sources].map(([longId, template]) => `${shortIds.get(longId)}: ${print(template, String)},`);
      return `import { html } from 'lit';\nimport { str } from '@lit/localize';\nexport const templates = {\n${entries.join('\n')}\n};\n`;
    },
    transform(code, id) {
      const name = packageOf(id);
      if (!name || !inline.has(name) || !id.endsWith('.ts') || id.startsWith('\0')) return null;
      if (id.includes(GENERATED)) {
        // French and Tamazight catalogues, keyed by the short ids.
        return code.replace(/^(\s*)'([^'\n]+)':/gm, (_, space: string, longId: string) => {
          const shortId = shortIds.get(longId);
          return shortId ? `${space}${shortId}:` : `${space}'${longId}':`;
        });
      }
      let result = code;
      if (id.endsWith('/core/src/localization/catalogs.ts')) {
        if (!result.includes(SOURCE_LOCALE_LINE)) this.error(`catalogs.ts no longer says ${SOURCE_LOCALE_LINE}`);
        result = result.replace(SOURCE_LOCALE_LINE, `const SOURCE_LOCALE: Locale = '${locale}';`);
      }
      result = result.replace(
        CATALOGUE_IMPORT,
        (_, quote: string, dir: string) => `en: () => import(${quote}${dir}en.js${ENGLISH_SUFFIX}${quote})`,
      );
      if (!result.includes('msg(')) return result === code ? null : { code: result, map: null };
      const file = ts.createSourceFile(id, result, ts.ScriptTarget.ES2022, true);
      const messages = new Map(messagesOf(file).map((message) => [message.call, message]));
      const translations = inline.get(name)!;
      /** The text of `start…end` with every msg() in it replaced, those inside placeholders too. */
      const rewrite = (start: number, end: number, within: ts.Node): string => {
        let output = '';
        let at = start;
        const visit = (node: ts.Node): void => {
          const message = ts.isCallExpression(node) ? messages.get(node) : undefined;
          if (!message) {
            ts.forEachChild(node, visit);
            return;
          }
          const { id: longId, template } = message;
          const holes = template.expressions!.map((expression) => rewrite(expression.getStart(file), expression.getEnd(), expression));
          // Untranslated, as at run time without this build step: the source (English) text.
          const translated = translations.get(longId) ?? { ...template, holes: holes.map((_, index) => String(index)) };
          if (!translations.has(longId)) this.warn(`${id}: no ${locale} translation for ${node.getText(file)}`);
          const text = print({ ...translated, tag: template.tag }, (index) => holes[Number(translated.holes[index])]!);
          output += result.slice(at, node.getStart(file)) + `msg(${text}, { id: '${shortIds.get(longId)}' })`;
          at = node.getEnd();
        };
        visit(within);
        return output + result.slice(at, end);
      };
      const output = rewrite(0, result.length, file);
      return { code: output, map: null };
    },
  };
}
