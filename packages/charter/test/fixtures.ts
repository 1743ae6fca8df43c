import type { Charter, CharterBackend, CharterDocument } from '@mocharaka/core';

/** A small charter in the shape `GET /v1/charters/{id}` returns, from the Taroudant charter. */
const v2: CharterDocument = {
  parts: [
    {
      id: 'preamble-part',
      title: { ar: 'التقديم', fr: 'Présentation', zgh: 'ⴰⵙⵏⵓⴱⴳ' },
      articles: [
        {
          id: 'preamble',
          number: 1,
          title: { ar: 'الديباجة', fr: 'Préambule', zgh: 'ⴰⵣⵡⵉⵔ' },
          blocks: [
            {
              type: 'paragraph',
              text: {
                ar: 'كرس الدستور المُشارَكة للمواطنات والمواطنين في تدبير الشأن العام، في دولة إسلامية ذات سيادة.',
                fr: 'La Constitution a consacré la participation des citoyens, dans un État musulman souverain.',
                zgh: 'ⵜⴰⵎⵏⴹⵉⵡⵜ ⵜⵙⴷⵓⵙ ⵜⴰⵏⴰⵎⵓⵔⵜ ⵏ ⵉⵏⴰⵎⵓⵔⵏ.',
              },
            },
          ],
        },
      ],
    },
    {
      id: 'participation',
      title: { ar: 'المشاركة', fr: 'La participation', zgh: 'ⵜⴰⵏⴰⵎⵓⵔⵜ' },
      chapters: [
        {
          id: 'levels',
          title: { ar: 'المستويات', fr: 'Les niveaux', zgh: 'ⵉⴼⵔⴷⵉⵙⵏ' },
          articles: Array.from({ length: 10 }, (_, i) => ({
            id: `level-${i + 2}`,
            number: i + 2,
            title: { ar: `المستوى ${i + 2}`, fr: `Niveau ${i + 2}`, zgh: `ⴰⴼⵔⴷⵉⵙ ${i + 2}` },
            blocks: [
              {
                type: 'list' as const,
                items: [
                  {
                    ar: 'الإخبار والاستشارة والتشاور والشراكة',
                    fr: 'Information, consultation, concertation et partenariat',
                    zgh: 'ⴰⵙⵉⵡⴹ ⴷ ⵓⵎⵙⴰⵡⴰⵍ',
                  },
                  { ar: 'فقرة طويلة للتمرير '.repeat(30), fr: 'Un long paragraphe pour défiler. '.repeat(30), zgh: 'ⴰⴹⵕⵉⵚ '.repeat(40) },
                ],
              },
            ],
          })),
        },
      ],
    },
    {
      id: 'commitments',
      title: { ar: 'الالتزامات', fr: 'Engagements', zgh: 'ⵜⵉⵎⵙⵎⵓⵜⵜⴳⵉⵏ' },
      articles: [
        {
          id: 'commune-commitments',
          number: 12,
          title: { ar: 'التزامات الجماعة', fr: 'Engagements de la commune', zgh: 'ⵜⵉⵎⵙⵎⵓⵜⵜⴳⵉⵏ ⵏ ⵜⴳⵎⵓⵏⵜ' },
          blocks: [
            {
              type: 'commitments',
              party: 'commune',
              items: [
                {
                  ar: 'احترام الحق في الحصول على المعلومات',
                  fr: "Respecter le droit d'accès à l'information",
                  zgh: 'ⴰⵣⵔⴼ ⵏ ⵓⵏⴰⵡ ⵖⵔ ⵜⵓⵎⵉⵏ',
                },
              ],
            },
            {
              type: 'definitions',
              items: [
                {
                  term: { ar: 'العريضة', fr: 'Pétition', zgh: 'ⵜⴰⵙⵓⵜⵔⵜ' },
                  definition: { ar: 'طلب إدراج نقطة في جدول الأعمال', fr: "Demande d'inscription à l'ordre du jour", zgh: 'ⴰⵙⵓⵜⵔ' },
                },
              ],
            },
          ],
        },
      ],
    },
  ],
};

const v1: CharterDocument = {
  parts: [
    v2.parts[0]!,
    { ...v2.parts[1]!, chapters: [{ ...v2.parts[1]!.chapters![0]!, articles: v2.parts[1]!.chapters![0]!.articles.slice(0, 9) }] },
    {
      id: 'commitments',
      title: v2.parts[2]!.title,
      articles: [
        { ...v2.parts[2]!.articles![0]!, blocks: [v2.parts[2]!.articles![0]!.blocks[0]!] },
        {
          id: 'draft-note',
          number: 13,
          title: { ar: 'المسودة', fr: 'Projet' },
          blocks: [{ type: 'paragraph', text: { ar: 'مسودة للتشاور', fr: 'Projet soumis à consultation' } }],
        },
      ],
    },
  ],
};

const versions = [
  { number: 1, publishedAt: '2024-04-03T08:00:00Z', note: { ar: 'المسودة', fr: 'Le projet' } },
  {
    number: 2,
    publishedAt: '2025-02-03T11:00:00Z',
    note: { ar: 'النص المصادق عليه', fr: 'Le texte adopté' },
    changes: { added: ['level-11'], removed: ['draft-note'], changed: ['commune-commitments'] },
  },
];

export const CHARTER: Charter = {
  id: 'taroudant-participation',
  commune: { id: 'taroudant', name: { ar: 'جماعة تارودانت', fr: 'Commune de Taroudant' } },
  title: {
    ar: 'ميثاق المشاركة المواطنة لجماعة تارودانت',
    fr: 'Charte de la participation citoyenne de Taroudant',
    zgh: 'ⵜⴰⴳⵔⴰⵡⵜ ⵏ ⵜⵏⴰⵎⵓⵔⵜ ⵏ ⵜⴳⵎⵓⵏⵜ ⵏ ⵜⴰⵔⵓⴷⴰⵏⵜ',
  },
  status: 'adopted',
  languages: ['ar', 'fr', 'zgh'],
  consultation: { opensAt: '2024-04-03T09:00:00+01:00', closesAt: '2024-04-15T23:59:00+01:00', url: 'https://forms.gle/6RiM1JnQmGPJz7qS6' },
  adoption: { date: '2025-02-03', session: { ar: 'الدورة العادية لشهر فبراير 2025', fr: 'session ordinaire de février 2025' } },
  version: versions[1]!,
  currentVersion: 2,
  versions,
  document: v2,
};

export const CHARTER_V1: Charter = { ...CHARTER, version: versions[0]!, document: v1 };
export const DRAFT: Charter = {
  ...CHARTER,
  status: 'consultation',
  adoption: undefined,
  consultation: { ...CHARTER.consultation!, closesAt: '2099-04-15T23:59:00+01:00' },
};

/** A backend that serves CHARTER (every version) with the given adhesion counts, for tests that never adhere. */
export function readOnlyCharterBackend(counts = { associations: 0, citizens: 0 }): CharterBackend {
  return {
    listCharters: async () => [],
    getCharter: async () => CHARTER,
    getCharterVersion: async () => CHARTER,
    getCharterAdhesions: async () => ({ counts, items: [] }),
    adhereToCharter: async () => {
      throw new Error('not in this test');
    },
  };
}
