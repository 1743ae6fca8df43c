import type { LocalizedText, RatingChannel, ServiceTag } from '@mocharaka/core/contract';
import type { Database } from '@mocharaka/server/seeding';
import { seedDemoActionPlan } from './action-plan-seed.js';
import { seedDemoCharters } from './charters-seed.js';
import { seedDemoMeetings } from './meetings-seed.js';
import { seedDemoConsultations } from './consultations-seed.js';
import { seedDemoPetitions } from './petitions-seed.js';
import { seedDemoSuggestions } from './suggestions-seed.js';
import { mulberry32 } from './random.js';

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

/** Tags offered by the demo services. The Tifinagh labels deserve a native speaker's review. */
const TAGS = {
  'short-wait': { kind: 'positive', label: { ar: 'انتظار قصير', fr: 'Attente courte', zgh: 'ⴰⵔⴰⵊⵓ ⴰⵎⵥⵥⵢⴰⵏ', en: 'Short wait' } },
  'courteous-staff': {
    kind: 'positive',
    label: { ar: 'موظفون لبقون', fr: 'Personnel courtois', zgh: 'ⵉⵎⵙⵡⵓⵔⵉⵜⵏ ⵥⵉⵍⵏⵉⵏ', en: 'Courteous staff' },
  },
  'clear-information': {
    kind: 'positive',
    label: { ar: 'معلومات واضحة', fr: 'Informations claires', zgh: 'ⵜⵉⵏⵖⵎⵉⵙⵉⵏ ⵉⴼⴰⵡⵏ', en: 'Clear information' },
  },
  'accessible-premises': {
    kind: 'positive',
    label: { ar: 'مرافق سهلة الولوج', fr: 'Locaux accessibles', zgh: 'ⴰⵏⵙⴰ ⵉⵙⵀⵍⵏ ⵉ ⵓⴽⵛⴰⵎ', en: 'Accessible premises' },
  },
  'clean-premises': { kind: 'positive', label: { ar: 'مرافق نظيفة', fr: 'Lieux propres', zgh: 'ⴰⵏⵙⴰ ⵉⵣⴷⴳⵏ', en: 'Clean premises' } },
  'quick-response': {
    kind: 'positive',
    label: { ar: 'تدخل سريع', fr: 'Intervention rapide', zgh: 'ⴰⵎⵢⴰⵏⴰⵡ ⴰⵣⵔⵔⴰⴱ', en: 'Quick response' },
  },
  'well-maintained': { kind: 'positive', label: { ar: 'صيانة جيدة', fr: 'Bien entretenu', zgh: 'ⵉⵜⵜⵓⵃⴹⴰ ⵎⵍⵉⵃ', en: 'Well maintained' } },
  'long-wait': { kind: 'negative', label: { ar: 'انتظار طويل', fr: 'Attente longue', zgh: 'ⴰⵔⴰⵊⵓ ⵖⵣⵣⵉⴼⵏ', en: 'Long wait' } },
  'unclear-information': {
    kind: 'negative',
    label: { ar: 'معلومات غير واضحة', fr: 'Informations peu claires', zgh: 'ⵜⵉⵏⵖⵎⵉⵙⵉⵏ ⵓⵔ ⵉⴼⴰⵡⵏ', en: 'Unclear information' },
  },
  'inconvenient-hours': {
    kind: 'negative',
    label: {
      ar: 'أوقات عمل غير مناسبة',
      fr: "Horaires d'ouverture peu pratiques",
      zgh: 'ⵜⵉⵙⵔⴰⴳⵉⵏ ⵓⵔ ⵉⵎⵙⴰⵙⴰⵏ',
      en: 'Inconvenient opening hours',
    },
  },
  'hard-access': { kind: 'negative', label: { ar: 'صعوبة الولوج', fr: 'Accès difficile', zgh: 'ⴰⴽⵛⴰⵎ ⵉⵡⵄⵔⵏ', en: 'Difficult access' } },
  'too-many-documents': {
    kind: 'negative',
    label: { ar: 'وثائق كثيرة مطلوبة', fr: 'Trop de pièces demandées', zgh: 'ⵜⵉⵙⵏⴰⴷ ⴳⴰⵏⵜ ⴰⵟⵟⴰⵚ', en: 'Too many documents required' },
  },
  'dirty-premises': { kind: 'negative', label: { ar: 'أماكن غير نظيفة', fr: 'Lieux sales', zgh: 'ⴰⵏⵙⴰ ⵓⵔ ⵉⵣⴷⴳⵉⵏ', en: 'Dirty premises' } },
  'slow-response': { kind: 'negative', label: { ar: 'تدخل بطيء', fr: 'Intervention lente', zgh: 'ⴰⵎⵢⴰⵏⴰⵡ ⵉⵍⵓⵙⵏ', en: 'Slow response' } },
  'poorly-maintained': { kind: 'negative', label: { ar: 'صيانة ضعيفة', fr: 'Mal entretenu', zgh: 'ⵓⵔ ⵉⵜⵜⵓⵃⴹⴰ', en: 'Poorly maintained' } },
  overcrowding: { kind: 'negative', label: { ar: 'اكتظاظ', fr: 'Encombrement', zgh: 'ⴰⵟⵟⴰⵚ ⵏ ⵎⵉⴷⴷⵏ', en: 'Overcrowding' } },
} satisfies Record<string, Omit<ServiceTag, 'id'>>;

type TagId = keyof typeof TAGS;

const tagsOf = (ids: readonly TagId[]): ServiceTag[] => ids.map((id) => ({ id, ...TAGS[id] }) as ServiceTag);

/** Per service: its tags, how many sample ratings and their weight per level 1 to 5. */
const DEMO_PROFILES: Record<string, { tags: TagId[]; ratings: number; weights: [number, number, number, number, number] }> = {
  'civil-status': {
    tags: [
      'short-wait',
      'courteous-staff',
      'clear-information',
      'accessible-premises',
      'long-wait',
      'unclear-information',
      'inconvenient-hours',
      'too-many-documents',
    ],
    ratings: 90,
    weights: [5, 8, 15, 35, 37],
  },
  'signature-legalisation': {
    tags: ['short-wait', 'courteous-staff', 'clean-premises', 'long-wait', 'inconvenient-hours', 'hard-access'],
    ratings: 70,
    weights: [3, 5, 12, 30, 50],
  },
  'urban-permits': {
    tags: ['clear-information', 'courteous-staff', 'short-wait', 'long-wait', 'unclear-information', 'too-many-documents', 'hard-access'],
    ratings: 45,
    weights: [25, 25, 20, 18, 12],
  },
  cleanliness: {
    tags: ['quick-response', 'well-maintained', 'courteous-staff', 'slow-response', 'poorly-maintained', 'inconvenient-hours'],
    ratings: 60,
    weights: [15, 18, 25, 25, 17],
  },
  'green-spaces': {
    tags: ['well-maintained', 'clean-premises', 'accessible-premises', 'poorly-maintained', 'dirty-premises', 'hard-access'],
    ratings: 55,
    weights: [6, 10, 20, 34, 30],
  },
  markets: {
    tags: [
      'clean-premises',
      'accessible-premises',
      'well-maintained',
      'dirty-premises',
      'overcrowding',
      'inconvenient-hours',
      'poorly-maintained',
    ],
    ratings: 65,
    weights: [20, 22, 25, 20, 13],
  },
};

/**
 * Creates the demo commune and its services the first time; a commune that already
 * exists is left as it is, so staff edits survive restarts. Demo services without tags
 * (a database seeded before tags existed) get theirs. With `sampleRatings`, the first
 * seed also records a few hundred plausible ratings over the last six months, drawn
 * from a fixed-seed generator, so the scoreboard has something to show.
 */
export async function seedDemo(
  db: Database,
  options: { sampleRatings?: boolean; sampleSignatures?: { secretKey: string } } = {},
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const created = await tx.query(
      `INSERT INTO communes (id, name, settings) VALUES ($1, $2::jsonb, $3::jsonb)
       ON CONFLICT (id) DO NOTHING RETURNING id`,
      [DEMO_COMMUNE_ID, DEMO_COMMUNE_NAME, { populationCategory: 'over_35000' }],
    );
    await seedDemoCharters(tx, DEMO_COMMUNE_ID);
    await seedDemoMeetings(tx, DEMO_COMMUNE_ID);
    await seedDemoSuggestions(tx, DEMO_COMMUNE_ID);
    await seedDemoActionPlan(tx, DEMO_COMMUNE_ID);
    await seedDemoConsultations(tx, DEMO_COMMUNE_ID, { sampleResponses: created.length > 0 && options.sampleRatings === true });
    if (created.length === 0) {
      for (const service of DEMO_SERVICES) {
        await tx.query(`UPDATE services SET tags = $2::jsonb WHERE id = $1 AND commune_id = $3 AND tags = '[]'::jsonb`, [
          service.id,
          tagsOf(DEMO_PROFILES[service.id]!.tags),
          DEMO_COMMUNE_ID,
        ]);
      }
      await seedDemoPetitions(tx, DEMO_COMMUNE_ID, options);
      return false;
    }
    for (const [position, service] of DEMO_SERVICES.entries()) {
      await tx.query(
        `INSERT INTO services (id, commune_id, name, position, tags) VALUES ($1, $2, $3::jsonb, $4, $5::jsonb)
         ON CONFLICT (id) DO NOTHING`,
        [service.id, DEMO_COMMUNE_ID, service.name, position, tagsOf(DEMO_PROFILES[service.id]!.tags)],
      );
    }
    if (options.sampleRatings) {
      await tx.query(
        `INSERT INTO ratings (service_id, level, channel, kiosk_id, tags, created_at)
         SELECT r.service_id, r.level, r.channel, r.kiosk_id,
                ARRAY(SELECT jsonb_array_elements_text(r.tags)), r.created_at
         FROM jsonb_to_recordset($1::jsonb)
           AS r (service_id text, level smallint, channel text, kiosk_id text, tags jsonb, created_at timestamptz)`,
        [sampleRatings(Date.now())],
      );
    }
    await seedDemoPetitions(tx, DEMO_COMMUNE_ID, options);
    return true;
  });
}

interface SampleRating {
  service_id: string;
  level: number;
  channel: RatingChannel;
  kiosk_id: string | null;
  tags: string[];
  created_at: string;
}

const SAMPLE_DAYS = 182;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The demo ratings: always the same levels, tags and channels; dates relative to `now`. */
export function sampleRatings(now: number): SampleRating[] {
  const random = mulberry32(0x6d6f6368);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const ratings: SampleRating[] = [];
  for (const service of DEMO_SERVICES) {
    const profile = DEMO_PROFILES[service.id]!;
    const total = profile.weights.reduce((sum, weight) => sum + weight, 0);
    for (let i = 0; i < profile.ratings; i++) {
      let draw = random() * total;
      let level = 1;
      while (draw >= profile.weights[level - 1]! && level < 5) draw -= profile.weights[level++ - 1]!;
      const kind = level >= 4 ? 'positive' : level <= 2 ? 'negative' : random() < 0.5 ? 'positive' : 'negative';
      const candidates = profile.tags.filter((id) => TAGS[id].kind === kind);
      const tags = new Set<string>();
      if (random() < 0.45) {
        tags.add(pick(candidates));
        if (random() < 0.35) tags.add(pick(candidates));
      }
      const channelDraw = random();
      const channel: RatingChannel = channelDraw < 0.6 ? 'web' : channelDraw < 0.85 ? 'kiosk' : 'button';
      // Business hours, Morocco time (UTC+1), on a day in the last six months.
      const day = Math.floor(random() * SAMPLE_DAYS);
      const minutes = 8 * 60 + Math.floor(random() * 8 * 60);
      const date = new Date(now - day * DAY_MS);
      date.setUTCHours(0, minutes - 60, 0, 0);
      if (date.getTime() > now) date.setTime(date.getTime() - DAY_MS);
      ratings.push({
        service_id: service.id,
        level,
        channel,
        kiosk_id: channel === 'kiosk' ? `${service.id}-counter-${1 + Math.floor(random() * 2)}` : null,
        tags: [...tags],
        created_at: date.toISOString(),
      });
    }
  }
  return ratings;
}
