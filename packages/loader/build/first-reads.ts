import { API_PREFIX, getCharter, getConsultation, getPetition, getService, type Operation } from '@mocharaka/core/contract';
import type { LoaderRead } from '../src/loader-map.js';

/**
 * The read each element starts with, when its tag names the resource: the loader sends
 * it while the element's modules download, and the element's first `GET` of that URL
 * takes the answer (core/src/client/prefetched.ts). An element not listed here loads as
 * before, one hop later.
 */
const FIRST_READS: Record<string, { attribute: string; operation: Operation; unless?: string[] }> = {
  'mocharaka-petition': { attribute: 'petition', operation: getPetition },
  'mocharaka-consultation': { attribute: 'consultation', operation: getConsultation },
  // With `src` the charter reads a file instead.
  'mocharaka-charter': { attribute: 'charter', operation: getCharter, unless: ['src'] },
  'mocharaka-satisfaction': { attribute: 'service', operation: getService },
};

/** The read of `tag` as the loader map holds it: a path below the endpoint, one `{id}`. */
export function firstRead(tag: string): LoaderRead | undefined {
  const read = FIRST_READS[tag];
  if (!read) return undefined;
  const path = read.operation.path.slice(`${API_PREFIX}/`.length);
  if (read.operation.method !== 'GET' || (path.match(/\{[^}]+\}/g) ?? []).length !== 1) {
    throw new Error(`the first read of <${tag}> must be a GET of one resource, not ${read.operation.method} ${read.operation.path}`);
  }
  return { attribute: read.attribute, path: path.replace(/\{[^}]+\}/, '{id}'), unless: read.unless ?? [] };
}

/**
 * The elements whose first view shows no date or number (the satisfaction widget's faces):
 * warming Intl up for them would spend, before their first heading, CPU they only need later.
 */
const NO_FORMATS_IN_FIRST_VIEW = new Set(['mocharaka-satisfaction']);

export const formatsFirstView = (tag: string): boolean => !NO_FORMATS_IN_FIRST_VIEW.has(tag);
