import type { DerivedKeys } from '../crypto/keys.js';
import { notFound } from '../http/http-error.js';
import { OperationRouter, type OperationDeps } from '../http/operation-router.js';
import { suggestionBox } from '../suggestions/box.js';
import { followSuggestion, listPublicSuggestions, submitSuggestion, supportSuggestion } from '../suggestions/store.js';

/**
 * The public suggestion box: its lists, sending (the contact sealed with `keys`), the
 * follow-up by code, the list of published suggestions with their answers, "me too".
 */
export function suggestionRoutes(deps: OperationDeps, keys: DerivedKeys) {
  const { db } = deps;
  return new OperationRouter('/v1', deps)
    .serve('getSuggestionBox', async (c) => c.json(await suggestionBox(db)))
    .serve('listSuggestions', async (c, { query }) =>
      c.json(await listPublicSuggestions(db, { ...query, cursor: query.cursor as string | undefined })),
    )
    .serve('submitSuggestion', { write: async (tx, { body }) => ({ status: 201, body: await submitSuggestion(tx, keys, body) }) })
    .serve('getSuggestion', async (c, { params }) => c.json((await followSuggestion(db, params.code)) ?? throwNotFound()))
    .serve('supportSuggestion', {
      write: async (tx, { params, body }) => ({ status: 200, body: await supportSuggestion(tx, params.code, body.supporterToken) }),
    })
    .build();
}

function throwNotFound(): never {
  throw notFound('Suggestion');
}
