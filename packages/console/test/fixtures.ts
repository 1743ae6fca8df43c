import type { Charter, Petition } from '@mocharaka/core';
import type { AdminPetitionSummary, ApiToken, AuditEntry, CommuneSettings, Dashboard, StaffAccount } from '@mocharaka/core/contract';

export const settings: CommuneSettings = {
  id: 'taroudant',
  name: { ar: 'جماعة تارودانت', fr: 'Commune de Taroudant' },
  populationCategory: 'over_35000',
  signatureThreshold: 200,
  embeddingOrigins: ['https://www.taroudant.ma'],
  retentionDays: 365,
};

export function petition(overrides: Partial<Petition> = {}): Petition {
  return {
    id: 'lighting',
    title: { ar: 'إنارة حي القدس', fr: 'Éclairage du quartier El Qods' },
    body: { ar: 'نطالب بإنارة الأزقة.', fr: 'Nous demandons l’éclairage des ruelles.' },
    demands: [{ ar: 'تركيب مصابيح', fr: 'Installer des lampadaires' }],
    agent: { name: 'Fatima Zahra' },
    commune: { id: 'taroudant', name: settings.name },
    status: 'collecting',
    statusHistory: [{ status: 'collecting', at: '2026-11-01T00:00:00Z' }],
    opensAt: '2026-11-01T00:00:00Z',
    closesAt: '2027-01-31T22:59:59Z',
    threshold: 200,
    signatureCount: 150,
    eligibility: ['resident', 'economic'],
    dataController: { name: settings.name, contact: 'dpo@taroudant.ma' },
    ...overrides,
  };
}

export function summaryOf(from: Petition, paper = 20): AdminPetitionSummary {
  return {
    id: from.id,
    title: from.title,
    status: from.status,
    opensAt: from.opensAt,
    closesAt: from.closesAt,
    signatureCount: from.signatureCount,
    paperSignatureCount: paper,
    threshold: from.threshold,
    answerDueAt: from.answerDueAt,
  };
}

export const dashboard: Dashboard = {
  petitions: [summaryOf(petition())],
  consultations: [
    {
      id: 'budget-2027',
      title: { ar: 'ميزانية 2027', fr: 'Budget 2027' },
      status: 'open',
      opensAt: '2026-11-01T00:00:00Z',
      closesAt: '2026-12-31T00:00:00Z',
      responseCount: 42,
      resultsPublished: false,
    },
  ],
  satisfaction: {
    month: '2026-12',
    services: [
      { id: 'civil-status', name: { ar: 'الحالة المدنية', fr: 'État civil' }, ratingCount: 31, average: 3.9 },
      { id: 'urbanism', name: { ar: 'التعمير', fr: 'Urbanisme' }, ratingCount: 0 },
    ],
  },
  moderation: { since: '2026-11-24T00:00:00Z', ratingComments: 4, charterAdhesions: 2, freeTextAnswers: 7 },
};

export const accounts: StaffAccount[] = [
  {
    id: 'acc-admin',
    email: 'admin@commune.ma',
    displayName: 'Amina Staff',
    role: 'admin',
    active: true,
    createdAt: '2026-10-01T08:00:00Z',
    lastSignInAt: '2026-12-01T08:00:00Z',
  },
  { id: 'acc-2', email: 'karim@commune.ma', displayName: 'Karim Editor', role: 'editor', active: true, createdAt: '2026-10-02T08:00:00Z' },
  {
    id: 'acc-3',
    email: 'old@commune.ma',
    displayName: 'Old Officer',
    role: 'petitions-officer',
    active: false,
    createdAt: '2026-10-03T08:00:00Z',
  },
];

export const tokens: ApiToken[] = [
  { id: 'tok-1', name: 'nightly export', prefix: 'mch_a1b2', createdAt: '2026-11-01T08:00:00Z', lastUsedAt: '2026-12-01T02:00:00Z' },
];

export const auditEntries: AuditEntry[] = [
  {
    id: '2',
    at: '2026-12-01T09:00:00Z',
    actor: { id: 'acc-3', displayName: 'Old Officer', via: 'session' },
    action: 'status_change',
    resourceType: 'petition',
    resourceId: 'lighting',
    summary: { status: 'deposited', note: { ar: 'إيداع', fr: 'Dépôt' } },
  },
  {
    id: '1',
    at: '2026-11-30T09:00:00Z',
    actor: { id: 'acc-2', displayName: 'Karim Editor', via: 'token' },
    action: 'create',
    resourceType: 'petition',
    resourceId: 'lighting',
    summary: { title: { ar: 'إنارة', fr: 'Éclairage' } },
  },
];

/** A draft charter of two languages with one article. */
export const CHARTER: Charter = {
  id: 'participation',
  commune: { id: 'taroudant', name: { ar: 'تارودانت' } },
  title: { ar: 'ميثاق المشاركة', fr: 'Charte de la participation' },
  status: 'draft',
  languages: ['ar', 'fr'],
  version: { number: 1, publishedAt: '2026-11-01T10:00:00Z', note: { ar: 'المسودة', fr: 'Le projet' } },
  currentVersion: 1,
  versions: [{ number: 1, publishedAt: '2026-11-01T10:00:00Z', note: { ar: 'المسودة', fr: 'Le projet' } }],
  document: {
    parts: [
      {
        id: 'preamble',
        title: { ar: 'الديباجة' },
        articles: [{ id: 'a1', number: 1, blocks: [{ type: 'paragraph', text: { ar: 'نص', fr: 'Texte' } }] }],
      },
    ],
  },
};
