/**
 * The adhesion form's fields and draft, apart from the rules that check them: the
 * element needs these while the rules load only with the form.
 */

/** The adhesion form's fields, in the order the form (and the error summary) shows them. */
export const ADHESION_FIELDS = ['kind', 'name', 'registrationNumber', 'city', 'contact', 'consent'] as const;
export type AdhesionField = (typeof ADHESION_FIELDS)[number];

export interface AdhesionDraft {
  kind: '' | 'association' | 'citizen';
  name: string;
  registrationNumber: string;
  city: string;
  contact: string;
  consent: boolean;
}

export const emptyAdhesion = (): AdhesionDraft => ({ kind: '', name: '', registrationNumber: '', city: '', contact: '', consent: false });
