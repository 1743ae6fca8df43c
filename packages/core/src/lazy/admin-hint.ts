import type { LoadProblem } from '../element/diagnose.js';

/**
 * The `[mocharaka]` console line for a page's admin, naming the likely fix; undefined
 * when the citizen, not the page, has something to do. Loaded
 * only after a failed load.
 */
export function adminHint(problem: LoadProblem, tagName: string, endpoint = '', id = ''): string | undefined {
  const fix =
    problem === 'unreachable'
      ? `no answer from ${endpoint}: check the endpoint address, and that the server allows the origin ${location.origin} (MOCHARAKA_ALLOWED_ORIGINS)`
      : problem === 'not-an-api'
        ? `${endpoint} is not a Mocharaka API: the endpoint is its base address, ending in /v1`
        : problem === 'unknown-id'
          ? `${endpoint} has nothing with the id "${id}": check the tag`
          : '';
  return fix && `<${tagName}>: ${fix}.`;
}
