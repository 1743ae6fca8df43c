import type { Context } from 'hono';
import { HttpError } from '../http/http-error.js';

/** A staff export as a file download, never cached. `name` is made of ids ([a-z0-9-]): nothing to escape. */
export function csvDownload(c: Context, csv: string, name: string): Response {
  return c.body(csv, 200, {
    'Content-Type': 'text/csv; charset=utf-8',
    'Content-Disposition': `attachment; filename="${name}"`,
    'Cache-Control': 'no-store',
  });
}

/** Today in UTC, `2026-12-01`, for export file names. */
export const today = (): string => new Date().toISOString().slice(0, 10);

export const communeMissing = () => new HttpError(409, 'commune_missing', 'No commune is configured on this server yet');
