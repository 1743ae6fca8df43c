import type { Petition } from '@mocharaka/core';

const DAY = 24 * 60 * 60 * 1000;

/** A petition open for signatures, with only what every view needs. */
export const MINIMAL_PETITION: Petition = {
  id: 'p',
  title: { ar: 'عريضة', fr: 'Pétition' },
  body: { ar: 'نص', fr: 'Texte' },
  demands: [{ ar: 'طلب', fr: 'Demande' }],
  agent: { name: 'Khadija Oubella' },
  commune: { id: 'c', name: { ar: 'جماعة', fr: 'Commune' } },
  status: 'collecting',
  statusHistory: [],
  opensAt: new Date(Date.now() - DAY).toISOString(),
  closesAt: new Date(Date.now() + 30 * DAY).toISOString(),
  threshold: 100,
  signatureCount: 3,
  eligibility: ['resident'],
  dataController: { name: { ar: 'جماعة', fr: 'Commune' }, contact: 'dpo@example.ma' },
};
