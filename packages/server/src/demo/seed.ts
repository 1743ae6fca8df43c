import type { LocalizedText } from '@mocharaka/core/contract';
import type { Database } from '../db/database.js';

export const DEMO_COMMUNE_ID = 'taroudant';

const DEMO_COMMUNE_NAME: LocalizedText = {
  ar: 'جماعة تارودانت',
  fr: 'Commune de Taroudant',
  zgh: 'ⵜⴰⵎⴰⵙⵙⴰⵏⵜ ⵏ ⵜⴰⵔⵓⴷⴰⵏⵜ',
  en: 'Commune of Taroudant',
};

const DEMO_SERVICES: ReadonlyArray<{ id: string; name: LocalizedText }> = [
  {
    id: 'civil-status',
    name: { ar: 'الحالة المدنية', fr: 'État civil', zgh: 'ⴰⴷⴷⴰⴷ ⵉⵖⴻⵍⵍⵉ', en: 'Civil status' },
  },
  {
    id: 'signature-legalisation',
    name: { ar: 'تصحيح الإمضاء', fr: 'Légalisation de signature', zgh: 'ⴰⵙⵖⴰⵔ ⵏ ⵓⵙⴻⵎⴽⵏ', en: 'Signature legalisation' },
  },
  {
    id: 'urban-permits',
    name: { ar: 'رخص التعمير', fr: "Autorisations d'urbanisme", zgh: 'ⵜⵓⵔⴰⴳⵉⵏ ⵏ ⵓⵙⵏⵔⴰⵔ', en: 'Urban planning permits' },
  },
  {
    id: 'cleanliness',
    name: { ar: 'النظافة', fr: 'Propreté', zgh: 'ⵜⴰⵣⴷⴳⵉ', en: 'Cleanliness' },
  },
  {
    id: 'green-spaces',
    name: { ar: 'المساحات الخضراء', fr: 'Espaces verts', zgh: 'ⵉⴷⵖⴰⵔⵏ ⵉⵣⴻⴳⵣⴰⵡⵏ', en: 'Green spaces' },
  },
  {
    id: 'markets',
    name: { ar: 'الأسواق', fr: 'Marchés', zgh: 'ⵉⵙⵓⵇⴰ', en: 'Markets' },
  },
];

/**
 * Creates the demo commune and its services the first time; a commune that already
 * exists is left as it is, so staff edits survive restarts.
 */
export async function seedDemo(db: Database): Promise<boolean> {
  return db.transaction(async (tx) => {
    const created = await tx.query(
      `INSERT INTO communes (id, name, settings) VALUES ($1, $2::jsonb, $3::jsonb)
       ON CONFLICT (id) DO NOTHING RETURNING id`,
      [DEMO_COMMUNE_ID, DEMO_COMMUNE_NAME, { populationCategory: 'over_35000' }],
    );
    if (created.length === 0) return false;
    for (const [position, service] of DEMO_SERVICES.entries()) {
      await tx.query(
        `INSERT INTO services (id, commune_id, name, position) VALUES ($1, $2, $3::jsonb, $4)
         ON CONFLICT (id) DO NOTHING`,
        [service.id, DEMO_COMMUNE_ID, service.name, position],
      );
    }
    return true;
  });
}
