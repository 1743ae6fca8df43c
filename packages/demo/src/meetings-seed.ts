import type { LocalizedText, MeetingLanguage, MeetingMinutesInput } from '@mocharaka/core/contract';
import type { Queryable } from '@mocharaka/server/seeding';

/*
 * The demo commune's citizen meetings, drawn from the workshop on the participation
 * charter and action plan and from Taroudant's charter process (../shared/seeds):
 * three to come and one held, whose minutes link to the demo petition, consultation
 * and suggestion. Dates are relative to the first seeding, at 18:00 in Morocco.
 */

const t = (ar: string, fr: string): LocalizedText => ({ ar, fr });

interface DemoMeeting {
  id: string;
  title: LocalizedText;
  description: LocalizedText;
  /** Days from the seeding; the meeting starts at 17:00 UTC (18:00 in Morocco outside Ramadan). */
  inDays: number;
  hours: number;
  address: LocalizedText;
  mapUrl?: string;
  languages: MeetingLanguage[];
  accessibility?: LocalizedText;
  capacity: number;
  minutes?: Omit<MeetingMinutesInput, 'published'>;
}

const TOWN_HALL = t(
  'قاعة الاجتماعات بمقر جماعة تارودانت، شارع محمد الخامس',
  'Salle de réunion de la commune de Taroudant, avenue Mohammed V',
);
const TOWN_HALL_MAP = 'https://www.openstreetmap.org/?mlat=30.4727&mlon=-8.8748#map=18/30.4727/-8.8748';
const STEP_FREE = t(
  'القاعة في الطابق الأرضي، ولوج بالكراسي المتحركة، ومقاعد محجوزة للأشخاص في وضعية إعاقة. ترجمة إلى لغة الإشارة عند الطلب قبل ثلاثة أيام.',
  'Salle au rez-de-chaussée, accessible en fauteuil roulant, places réservées aux personnes en situation de handicap. Interprétation en langue des signes sur demande trois jours avant.',
);

const DEMO_MEETINGS: readonly DemoMeeting[] = [
  {
    id: 'bab-zorgan-lighting-2027',
    title: t('لقاء تواصلي حول إنارة وتبليط أزقة باب الزرقان', 'Rencontre sur l’éclairage et le pavage des ruelles de Bab Zorgan'),
    description: t(
      'تعرض المصالح التقنية للجماعة مشروع إنارة وتبليط الأزقة المؤدية إلى باب الزرقان، استجابة للعريضة التي وضعها السكان، ويناقش الحاضرون ترتيب الأشغال ومواعيدها.',
      'Les services techniques présentent le projet d’éclairage et de pavage des ruelles menant à Bab Zorgan, en réponse à la pétition des habitants ; les participants discutent de l’ordre et du calendrier des travaux.',
    ),
    inDays: 9,
    hours: 2,
    address: t('دار الشباب باب الزرقان، تارودانت', 'Maison des jeunes de Bab Zorgan, Taroudant'),
    mapUrl: 'https://www.openstreetmap.org/?mlat=30.4689&mlon=-8.8805#map=18/30.4689/-8.8805',
    languages: ['ary', 'zgh'],
    accessibility: t('القاعة في الطابق الأرضي مع ولوج بالكراسي المتحركة.', 'Salle au rez-de-chaussée, accessible en fauteuil roulant.'),
    capacity: 60,
  },
  {
    id: 'youth-council-action-programme',
    title: t(
      'جلسة استماع مع مجلس الشباب حول أولويات برنامج عمل الجماعة',
      'Audition du conseil des jeunes sur les priorités du programme d’action',
    ),
    description: t(
      'يقدم مجلس الشباب مقترحاته حول التشغيل والرياضة والثقافة، ويجيب أعضاء المكتب عن أسئلة الحاضرين.',
      'Le conseil des jeunes présente ses propositions sur l’emploi, le sport et la culture ; les membres du bureau répondent aux questions.',
    ),
    inDays: 23,
    hours: 2,
    address: TOWN_HALL,
    mapUrl: TOWN_HALL_MAP,
    languages: ['ary', 'ar', 'fr'],
    accessibility: STEP_FREE,
    capacity: 40,
  },
  {
    id: 'charter-first-year-review',
    title: t(
      'لقاء مع الجمعيات: تقييم السنة الأولى من تنفيذ ميثاق المشاركة المواطنة',
      'Rencontre avec les associations : bilan de la première année de la charte de participation',
    ),
    description: t(
      'تعرض لجنة التتبع مؤشرات تنفيذ التزامات الجماعة والجمعيات والمواطنين، ويناقش الحاضرون ما يجب تحسينه.',
      'Le comité de suivi présente les indicateurs des engagements de la commune, des associations et des citoyens ; les participants débattent de ce qu’il faut améliorer.',
    ),
    inDays: 37,
    hours: 3,
    address: TOWN_HALL,
    mapUrl: TOWN_HALL_MAP,
    languages: ['ar', 'zgh', 'fr'],
    accessibility: STEP_FREE,
    capacity: 80,
  },
  {
    id: 'participation-charter-consultation-2024',
    title: t(
      'اللقاء التشاوري حول مشروع ميثاق المشاركة المواطنة',
      'Rencontre de concertation sur le projet de charte de la participation citoyenne',
    ),
    description: t(
      'قدمت هيئة المساواة وتكافؤ الفرص ومقاربة النوع مشروع الميثاق قبل عرضه على الاستشارة العمومية الرقمية.',
      'L’instance de l’équité, de l’égalité des chances et de l’approche genre a présenté le projet de charte avant la consultation publique numérique.',
    ),
    inDays: -45,
    hours: 2,
    address: TOWN_HALL,
    mapUrl: TOWN_HALL_MAP,
    languages: ['ary', 'ar'],
    accessibility: STEP_FREE,
    capacity: 120,
    minutes: {
      summary: t(
        'حضر اللقاء ممثلو الجمعيات ومجلس الشباب وعدد من المواطنين. ناقش الحاضرون أبواب مشروع الميثاق، وطالبوا بآجال واضحة لأجوبة الجماعة وبنشر نتائج الاستشارات.',
        'Des représentants des associations, le conseil des jeunes et des citoyens ont participé. Ils ont discuté des chapitres du projet de charte et demandé des délais clairs pour les réponses de la commune et la publication des résultats des consultations.',
      ),
      points: [
        {
          title: t(
            'التزامات الجماعة: الإخبار والرد داخل آجال محددة',
            'Engagements de la commune : informer et répondre dans des délais fixés',
          ),
        },
        { title: t('إشراك الشباب والنساء في هيئات التشاور', 'Associer les jeunes et les femmes aux instances de concertation') },
        { title: t('الأدوات الرقمية: العرائض والاستشارات والاقتراحات', 'Outils numériques : pétitions, consultations et suggestions') },
      ],
      decisions: [
        {
          text: t(
            'عرض مشروع الميثاق على استشارة عمومية رقمية لمدة أسبوعين',
            'Soumettre le projet de charte à une consultation publique numérique de deux semaines',
          ),
          responsible: t(
            'هيئة المساواة وتكافؤ الفرص ومقاربة النوع',
            'Instance de l’équité, de l’égalité des chances et de l’approche genre',
          ),
        },
        {
          text: t(
            'إدراج أجل ثلاثين يوما للرد على اقتراحات المواطنين',
            'Inscrire un délai de trente jours pour répondre aux suggestions des citoyens',
          ),
          responsible: t('مكتب المجلس', 'Bureau du conseil'),
        },
      ],
      links: [
        { kind: 'consultation', id: 'taroudant-participation-charter-2024' },
        { kind: 'petition', id: 'bab-zorgan-lane-lighting' },
        { kind: 'suggestion', id: 'S-TRD0-0001' },
      ],
    },
  },
];

const DAY_MS = 24 * 60 * 60 * 1000;

/** 17:00 UTC `days` from now. */
function startOf(days: number): Date {
  const day = new Date(Date.now() + days * DAY_MS);
  day.setUTCHours(17, 0, 0, 0);
  return day;
}

/** Adds the demo meetings the commune does not have yet (a meeting staff changed is left as it is). */
export async function seedDemoMeetings(tx: Queryable, communeId: string): Promise<void> {
  for (const meeting of DEMO_MEETINGS) {
    const startsAt = startOf(meeting.inDays);
    const endsAt = new Date(startsAt.getTime() + meeting.hours * 3_600_000);
    await tx.query(
      `INSERT INTO meetings (id, commune_id, title, description, starts_at, ends_at, place, languages, accessibility, capacity,
         minutes, minutes_published_at)
       VALUES ($1, $2, $3::jsonb, $4::jsonb, $5, $6, $7::jsonb, $8::jsonb, $9::jsonb, $10, $11::jsonb, $12)
       ON CONFLICT (id) DO NOTHING`,
      [
        meeting.id,
        communeId,
        meeting.title,
        meeting.description,
        startsAt.toISOString(),
        endsAt.toISOString(),
        { address: meeting.address, ...(meeting.mapUrl ? { mapUrl: meeting.mapUrl } : {}) },
        meeting.languages,
        meeting.accessibility ?? null,
        meeting.capacity,
        meeting.minutes ?? null,
        meeting.minutes ? new Date(endsAt.getTime() + 2 * DAY_MS).toISOString() : null,
      ],
    );
  }
}
