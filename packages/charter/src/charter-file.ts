import { ApiError, type Charter } from '@mocharaka/core';

/** The code of the error a `src` file that is not a charter fails with. */
export const INVALID_CHARTER_FILE = 'invalid_charter_file';

/** The hand-written shape check of a charter read from `src` (no schema library in the browser). */
function looksLikeCharter(value: unknown): value is Charter {
  const charter = value as Charter | null;
  return (
    !!charter &&
    typeof charter.id === 'string' &&
    typeof charter.title?.ar === 'string' &&
    Array.isArray(charter.languages) &&
    Array.isArray(charter.document?.parts) &&
    charter.document.parts.every(
      (part) =>
        typeof part?.title?.ar === 'string' &&
        [...(part.articles ?? []), ...(part.chapters ?? []).flatMap((chapter) => chapter?.articles ?? [])].every(
          (article) => Number.isInteger(article?.number) && Array.isArray(article.blocks),
        ),
    )
  );
}

/** Reads a static JSON file holding a charter (the shape of `GET /v1/charters/{id}`), without credentials. */
export async function fetchCharterFile(src: string, signal: AbortSignal): Promise<Charter> {
  const response = await fetch(new URL(src, document.baseURI), { credentials: 'omit', signal }).catch((cause: unknown) => {
    throw signal.aborted ? cause : ApiError.network(cause);
  });
  if (!response.ok) throw ApiError.fromBody(response.status, undefined);
  const value: unknown = await response.json().catch(() => undefined);
  if (!looksLikeCharter(value)) throw new ApiError(0, INVALID_CHARTER_FILE, `${src} is not a charter`);
  return value;
}
