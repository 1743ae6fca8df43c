/**
 * Shared by every element package (`npm run manifest`). The analyzer also records each
 * `dispatchEvent(new SomeEvent(...))` as an event, some without a name or named after
 * a variable; the documented events are the JSDoc `@event mocharaka-*` ones.
 */
export default {
  litelement: true,
  globs: ['src/**/*.ts', '../core/src/element/mocharaka-element.ts'],
  exclude: ['src/generated/**'],
  plugins: [
    {
      name: 'mocharaka-documented-events-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.events) {
              declaration.events = declaration.events.filter((event) => event.name?.startsWith('mocharaka-'));
            }
          }
        }
      },
    },
  ],
};
