/**
 * Lazy modules an element always needs when one of its attributes has a given value:
 * the satisfaction widget's floating button (`mode="button"`) and scoreboard
 * (`mode="results"`) are left out of its entry, which the default mode does without.
 * For a tag with that value the loader preloads them with the element's own files, so
 * that mode waits for no extra hop either. Each module is named by its source path below
 * `packages/`; the build fails if one is no longer a chunk of its own.
 */
export const ATTRIBUTE_MODULES: Record<string, { attribute: string; values: Record<string, string[]> }> = {
  'mocharaka-satisfaction': {
    attribute: 'mode',
    values: { button: ['satisfaction/src/satisfaction-button.ts'], results: ['satisfaction/src/satisfaction-results.ts'] },
  },
};
