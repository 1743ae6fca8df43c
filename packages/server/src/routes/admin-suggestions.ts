import type { DerivedKeys } from '../crypto/keys.js';
import { notFound } from '../http/http-error.js';
import { OperationRouter, type OperationDeps } from '../http/operation-router.js';
import { setSuggestionBox } from '../suggestions/box.js';
import { suggestionsCsv } from '../suggestions/export.js';
import {
  answerSuggestion,
  assignSuggestion,
  exportStaffSuggestions,
  listStaffSuggestions,
  mergeSuggestion,
  publishSuggestion,
  staffSuggestion,
} from '../suggestions/store.js';
import { communeMissing, csvDownload, today } from './responses.js';

/** Staff suggestion routes: the lists, the triage queue, assigning, answering, publishing, merging, the export (contacts opened with `keys`). */
export function adminSuggestionRoutes(deps: OperationDeps, keys: DerivedKeys) {
  const { db } = deps;
  return new OperationRouter('/v1/admin', deps)
    .serve('updateSuggestionBox', {
      write: async (tx, { body }) => {
        const box = await setSuggestionBox(tx, body);
        if (!box) throw communeMissing();
        return { status: 200, body: box };
      },
    })
    .serve('listSuggestionsForStaff', async (c, { query }) =>
      c.json(await listStaffSuggestions(db, { ...query, cursor: query.cursor as string | undefined })),
    )
    .serve('exportSuggestions', async (c) =>
      csvDownload(c, suggestionsCsv(await exportStaffSuggestions(db, keys)), `suggestions-${today()}.csv`),
    )
    .serve('getSuggestionForStaff', async (c, { params }) => c.json((await staffSuggestion(db, keys, params.code)) ?? throwNotFound()))
    .serve('assignSuggestion', {
      write: async (tx, { params, body }) => ({ status: 200, body: await assignSuggestion(tx, keys, params.code, body.department) }),
    })
    .serve('answerSuggestion', {
      write: async (tx, { params, body }) => ({ status: 200, body: await answerSuggestion(tx, keys, params.code, body) }),
    })
    .serve('publishSuggestion', {
      write: async (tx, { params, body }) => ({ status: 200, body: await publishSuggestion(tx, keys, params.code, body.published) }),
    })
    .serve('mergeSuggestion', {
      write: async (tx, { params, body }) => ({ status: 200, body: await mergeSuggestion(tx, keys, params.code, body.into) }),
    })
    .build();
}

function throwNotFound(): never {
  throw notFound('Suggestion');
}
