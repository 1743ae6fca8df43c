import type { AdminAdhesion } from '@mocharaka/core/contract';
import { moroccoIso, toCsv } from '../http/csv.js';

const HEADER = ['reference', 'kind', 'name', 'registration_number', 'city', 'contact', 'hidden', 'adhered_at'] as const;

/** Adhesions as staff open them in a spreadsheet (hidden ones included and marked). */
export function adhesionsCsv(adhesions: readonly AdminAdhesion[]): string {
  return toCsv(
    HEADER,
    adhesions.map((a) => [
      a.reference,
      a.kind,
      a.name,
      a.registrationNumber,
      a.city,
      a.contact,
      a.hidden ? 'yes' : 'no',
      moroccoIso(a.adheredAt),
    ]),
  );
}
