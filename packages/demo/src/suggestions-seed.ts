import type { LocalizedText, SuggestionBoxInput, SuggestionChoice, SuggestionKind, SuggestionStatus } from '@mocharaka/core/contract';
import type { Queryable } from '@mocharaka/server/seeding';

const choice = (id: string, ar: string, fr: string): SuggestionChoice => ({ id, label: { ar, fr } });
const text = (ar: string, fr: string): LocalizedText => ({ ar, fr });

/** The participation topics of the workshop's charter outline: priority commune services, green spaces, participatory budget… */
export const DEMO_SUGGESTION_BOX: SuggestionBoxInput = {
  topics: [
    choice('cleanliness', 'النظافة وجمع النفايات', 'Propreté et collecte des déchets'),
    choice('green-spaces', 'المساحات الخضراء', 'Espaces verts'),
    choice('lighting-roads', 'الإنارة العمومية والطرق', 'Éclairage public et voirie'),
    choice('participatory-budget', 'الميزانية التشاركية', 'Budget participatif'),
    choice('youth-culture', 'الشباب والثقافة ودور الأحياء', 'Jeunesse, culture et maisons de quartier'),
    choice('commune-services', 'الخدمات الإدارية للجماعة', 'Services administratifs de la commune'),
  ],
  neighbourhoods: [
    choice('medina', 'المدينة العتيقة داخل الأسوار', 'Médina, dans les remparts'),
    choice('north', 'الأحياء الشمالية خارج الأسوار', 'Quartiers nord, hors remparts'),
    choice('south', 'الأحياء الجنوبية خارج الأسوار', 'Quartiers sud, hors remparts'),
    choice('douars', 'الدواوير التابعة للجماعة', 'Douars de la commune'),
  ],
  departments: [
    choice('technical', 'المصلحة التقنية', 'Service technique'),
    choice('hygiene', 'مكتب حفظ الصحة والنظافة', 'Bureau d’hygiène et de propreté'),
    choice('social-cultural', 'مصلحة الشؤون الثقافية والاجتماعية', 'Service des affaires culturelles et sociales'),
    choice('administration', 'مصلحة الشؤون الإدارية', 'Service des affaires administratives'),
  ],
};

interface DemoSuggestion {
  code: string;
  kind: SuggestionKind;
  topic: string;
  neighbourhood?: string;
  text: string;
  daysAgo: number;
  status: SuggestionStatus;
  department?: string;
  studiedAfterDays?: number;
  answer?: { text: LocalizedText; afterDays: number };
  published: boolean;
  supports: number;
  mergedInto?: string;
}

/** Real-looking messages to Taroudant, on the priorities its charter workshop names; no contact (seeded rows hold no personal data). */
const DEMO_SUGGESTIONS: DemoSuggestion[] = [
  {
    code: 'S-TRD0-0001',
    kind: 'suggestion',
    topic: 'cleanliness',
    neighbourhood: 'medina',
    text: 'نقترح وضع حاويات مغلقة للنفايات قرب ساحة أسراك وتكثيف الجمع بعد السوق الأسبوعي.',
    daysAgo: 48,
    status: 'answered',
    department: 'hygiene',
    studiedAfterDays: 3,
    answer: {
      afterDays: 12,
      text: text(
        'تمت برمجة عشرين حاوية مغلقة بالمدينة العتيقة، وسيتم الجمع مساء كل يوم سوق ابتداء من الشهر المقبل.',
        'Vingt conteneurs fermés sont programmés dans la médina ; la collecte aura lieu chaque soir de souk dès le mois prochain.',
      ),
    },
    published: true,
    supports: 37,
  },
  {
    code: 'S-TRD0-0002',
    kind: 'remark',
    topic: 'lighting-roads',
    neighbourhood: 'north',
    text: 'Plusieurs lampadaires sont éteints depuis des semaines sur la route qui mène au lycée, le trajet est dangereux le soir.',
    daysAgo: 30,
    status: 'under_study',
    department: 'technical',
    studiedAfterDays: 2,
    published: true,
    supports: 24,
  },
  {
    code: 'S-TRD0-0003',
    kind: 'suggestion',
    topic: 'green-spaces',
    neighbourhood: 'south',
    text: 'تحويل البقعة الفارغة قرب المدرسة إلى حديقة صغيرة للأطفال بمشاركة جمعيات الحي في السقي والعناية.',
    daysAgo: 75,
    status: 'not_retained',
    department: 'technical',
    studiedAfterDays: 5,
    answer: {
      afterDays: 21,
      text: text(
        'البقعة مخصصة في تصميم التهيئة لتوسعة المدرسة. تقترح الجماعة بدلا منها تهيئة حديقة الحي الجنوبي المبرمجة في برنامج العمل.',
        'La parcelle est réservée à l’extension de l’école dans le plan d’aménagement. La commune propose à la place le jardin du quartier sud prévu au programme d’action.',
      ),
    },
    published: true,
    supports: 15,
  },
  {
    code: 'S-TRD0-0004',
    kind: 'suggestion',
    topic: 'participatory-budget',
    text: 'Réserver une part du budget d’investissement à des projets proposés et votés par les habitants, quartier par quartier.',
    daysAgo: 20,
    status: 'answered',
    department: 'administration',
    studiedAfterDays: 1,
    answer: {
      afterDays: 9,
      text: text(
        'سيعرض مقترح ميزانية تشاركية تجريبية على المجلس في دورته المقبلة، بعد استشارة الهيئة الاستشارية.',
        'Une expérimentation de budget participatif sera proposée au conseil lors de sa prochaine session, après avis de l’instance consultative.',
      ),
    },
    published: true,
    supports: 52,
  },
  {
    code: 'S-TRD0-0005',
    kind: 'suggestion',
    topic: 'youth-culture',
    neighbourhood: 'douars',
    text: 'فتح دار الشباب يوم السبت مساء وتنظيم ورشات في المعلوميات لشباب الدواوير.',
    daysAgo: 9,
    status: 'under_study',
    department: 'social-cultural',
    studiedAfterDays: 2,
    published: true,
    supports: 11,
  },
  {
    code: 'S-TRD0-0006',
    kind: 'remark',
    topic: 'commune-services',
    text: 'الانتظار طويل في مكتب تصحيح الإمضاء صباح يوم الاثنين، نقترح نظام أرقام للانتظار.',
    daysAgo: 4,
    status: 'received',
    published: false,
    supports: 0,
  },
  {
    code: 'S-TRD0-0007',
    kind: 'suggestion',
    topic: 'cleanliness',
    neighbourhood: 'medina',
    text: 'Mettre des poubelles près de la place Assarag, les sacs restent par terre après le souk.',
    daysAgo: 40,
    status: 'received',
    published: false,
    supports: 0,
    mergedInto: 'S-TRD0-0001',
  },
  {
    code: 'S-TRD0-0008',
    kind: 'suggestion',
    topic: 'green-spaces',
    neighbourhood: 'north',
    text: 'سقي أشجار شارع محمد الخامس في الصيف، فقد يبست عدة أشجار السنة الماضية.',
    daysAgo: 2,
    status: 'received',
    published: false,
    supports: 0,
  },
];

/**
 * The demo commune's suggestion box, its lists and a few messages at every stage, the
 * first time only: a box staff already set is left as it is.
 */
export async function seedDemoSuggestions(tx: Queryable, communeId: string): Promise<void> {
  const created = await tx.query(
    `INSERT INTO suggestion_boxes (commune_id, topics, neighbourhoods, departments)
     VALUES ($1, $2::text::jsonb, $3::text::jsonb, $4::text::jsonb) ON CONFLICT (commune_id) DO NOTHING RETURNING commune_id`,
    [
      communeId,
      JSON.stringify(DEMO_SUGGESTION_BOX.topics),
      JSON.stringify(DEMO_SUGGESTION_BOX.neighbourhoods),
      JSON.stringify(DEMO_SUGGESTION_BOX.departments),
    ],
  );
  if (created.length === 0) return;
  for (const s of DEMO_SUGGESTIONS) {
    const [row] = await tx.query<{ id: string }>(
      `INSERT INTO suggestions (code, commune_id, kind, topic, neighbourhood, text, status, department, answer, published,
         submitted_at, studied_at, answered_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10,
         now() - make_interval(days => $11::integer),
         CASE WHEN $12::integer IS NULL THEN NULL ELSE now() - make_interval(days => $11::integer - $12::integer) END,
         CASE WHEN $13::integer IS NULL THEN NULL ELSE now() - make_interval(days => $11::integer - $13::integer) END)
       ON CONFLICT (code) DO NOTHING RETURNING id::text`,
      [
        s.code,
        communeId,
        s.kind,
        s.topic,
        s.neighbourhood ?? null,
        s.text,
        s.status,
        s.department ?? null,
        s.answer?.text ?? null,
        s.published,
        s.daysAgo,
        s.studiedAfterDays ?? null,
        s.answer?.afterDays ?? null,
      ],
    );
    if (!row) continue;
    if (s.supports > 0) {
      await tx.query(
        `INSERT INTO suggestion_supports (suggestion_id, token_hash)
         SELECT $1::bigint, sha256(convert_to('mocharaka-demo:' || $2 || ':' || g, 'UTF8')) FROM generate_series(1, $3::integer) AS g`,
        [row.id, s.code, s.supports],
      );
    }
    if (s.mergedInto) {
      await tx.query('UPDATE suggestions SET merged_into = (SELECT id FROM suggestions WHERE code = $2) WHERE id = $1::bigint', [
        row.id,
        s.mergedInto,
      ]);
    }
  }
}
