import type { SuggestionBox, SuggestionBoxInput, SuggestionChoice } from '@mocharaka/core/contract';
import type { Queryable } from '../db/database.js';
import { THE_COMMUNE } from '../db/the-commune.js';
import { invalidFields } from '../http/http-error.js';

interface BoxRow {
  topics: SuggestionChoice[];
  neighbourhoods: SuggestionChoice[];
  departments: SuggestionChoice[];
}

const EMPTY: SuggestionBox = { topics: [], neighbourhoods: [], departments: [] };

/** The commune's lists; empty lists until staff set them. */
export async function suggestionBox(db: Queryable, options: { forShare?: boolean } = {}): Promise<SuggestionBox> {
  const [row] = await db.query<BoxRow>(
    `SELECT topics, neighbourhoods, departments FROM suggestion_boxes WHERE commune_id = ${THE_COMMUNE}${options.forShare ? ' FOR SHARE' : ''}`,
  );
  return row ? { topics: row.topics, neighbourhoods: row.neighbourhoods, departments: row.departments } : EMPTY;
}

/**
 * Replaces the lists. A topic, neighbourhood or department a suggestion still names may be
 * renamed but not dropped (its suggestions would lose their label): 422 on that list.
 * Null when the server has no commune.
 */
export async function setSuggestionBox(tx: Queryable, input: SuggestionBoxInput): Promise<SuggestionBox | null> {
  const [used] = await tx.query<{ topics: string[]; neighbourhoods: string[]; departments: string[] }>(
    `SELECT COALESCE(json_agg(DISTINCT topic), '[]'::json) AS topics,
       COALESCE(json_agg(DISTINCT neighbourhood) FILTER (WHERE neighbourhood IS NOT NULL), '[]'::json) AS neighbourhoods,
       COALESCE(json_agg(DISTINCT department) FILTER (WHERE department IS NOT NULL), '[]'::json) AS departments
     FROM suggestions WHERE commune_id = ${THE_COMMUNE}`,
  );
  const fields: Record<string, 'invalid_value'> = {};
  for (const list of ['topics', 'neighbourhoods', 'departments'] as const) {
    const kept = new Set(input[list].map((choice) => choice.id));
    if (used![list].some((id) => !kept.has(id))) fields[list] = 'invalid_value';
  }
  if (Object.keys(fields).length > 0) throw invalidFields(fields, 'A list drops an entry that suggestions still use');
  const [row] = await tx.query<BoxRow>(
    `INSERT INTO suggestion_boxes (commune_id, topics, neighbourhoods, departments)
     SELECT ${THE_COMMUNE}, $1::text::jsonb, $2::text::jsonb, $3::text::jsonb WHERE ${THE_COMMUNE} IS NOT NULL
     ON CONFLICT (commune_id) DO UPDATE SET topics = EXCLUDED.topics, neighbourhoods = EXCLUDED.neighbourhoods,
       departments = EXCLUDED.departments, updated_at = now()
     RETURNING topics, neighbourhoods, departments`,
    [JSON.stringify(input.topics), JSON.stringify(input.neighbourhoods), JSON.stringify(input.departments)],
  );
  return row ? { topics: row.topics, neighbourhoods: row.neighbourhoods, departments: row.departments } : null;
}
