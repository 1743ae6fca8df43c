/**
 * Shared by every element package (`npm run manifest`). The analyzer also records each
 * `dispatchEvent(new SomeEvent(...))` as an event, some without a name or named after
 * a variable; the documented events are the JSDoc `@event mocharaka-*` ones. Each
 * documented event gets its type from the event class whose `static type` is its name,
 * so the manifest (and the JSX/Vue types generated from it) know every `detail`; each
 * element lists every public theme token with its default.
 */
import { readFileSync } from 'node:fs';

const CORE_EVENTS_MODULE = '../core/src/element/events.ts';
const TOKENS_MODULE = new URL('./packages/core/src/theme/public-tokens.ts', import.meta.url);

/** The public theme tokens and their defaults, read from `PUBLIC_TOKENS` (their one home). */
function publicTokens() {
  const source = readFileSync(TOKENS_MODULE, 'utf8');
  const block = /PUBLIC_TOKENS = \{([^}]*)\}/.exec(source)?.[1] ?? '';
  return [...block.matchAll(/'(--mocharaka-[a-z-]+)':\s*("[^"]*"|'[^']*')/g)].map(([, name, value]) => ({
    name,
    default: value.slice(1, -1),
  }));
}

/** Event classes by event name: `{ 'mocharaka-error': { name: 'MocharakaErrorEvent', module } }`. */
function eventClasses(modules) {
  const classes = new Map();
  for (const module of modules) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.kind !== 'class' || declaration.superclass?.name !== 'CustomEvent') continue;
      const type = declaration.members?.find((member) => member.static && member.name === 'type');
      const name = /^['"](mocharaka-[a-z-]+)['"]$/.exec(type?.default ?? '')?.[1];
      if (name) classes.set(name, { name: declaration.name, module: module.path === CORE_EVENTS_MODULE ? '@mocharaka/core' : module.path });
    }
  }
  return classes;
}

export default {
  litelement: true,
  globs: ['src/**/*.ts', '../core/src/element/mocharaka-element.ts', CORE_EVENTS_MODULE],
  exclude: ['src/generated/**'],
  plugins: [
    {
      name: 'mocharaka-documented-events-only',
      packageLinkPhase({ customElementsManifest }) {
        const classes = eventClasses(customElementsManifest.modules);
        const tokens = publicTokens();
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.customElement && declaration.tagName) {
              // Every element reads every public token: list them all, with their defaults.
              const documented = new Map((declaration.cssProperties ?? []).map((property) => [property.name, property]));
              declaration.cssProperties = tokens.map((token) => ({
                description: 'Theme token, see docs/theming.md.',
                ...documented.get(token.name),
                name: token.name,
                default: token.default,
              }));
            }
            if (!declaration.events) continue;
            declaration.events = declaration.events
              .filter((event) => event.name?.startsWith('mocharaka-'))
              .map((event) => {
                const eventClass = classes.get(event.name);
                return eventClass
                  ? { ...event, type: { text: eventClass.name, references: [{ name: eventClass.name, module: eventClass.module }] } }
                  : event;
              });
          }
        }
      },
    },
  ],
};
