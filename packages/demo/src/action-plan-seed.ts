import type { CharterCommitment, EvaluationReport, LocalizedText, ProjectStatus } from '@mocharaka/core/contract';
import type { Queryable } from '@mocharaka/server/seeding';

/*
 * The demo commune's action programme and the follow-up of its participation charter,
 * written from the workshop slides in /work/shared/seeds (the priority services —
 * cleanliness, green spaces —, the participatory budget, the model website's digital
 * participation tools, and the commune's commitments in the charter outline), in Arabic
 * with a French version. Budgets, dates and progress are illustrative.
 */

export const DEMO_ACTION_PLAN_ID = 'taroudant-2022-2027';
const CHARTER_ID = 'taroudant-participation';

const t = (ar: string, fr: string): LocalizedText => ({ ar, fr });

const AXES = [
  { id: '1', title: t('النظافة والمساحات الخضراء', 'Propreté et espaces verts') },
  { id: '2', title: t('الطرق والإنارة العمومية', 'Voirie et éclairage public') },
  { id: '3', title: t('المشاركة المواطنة والإدارة الرقمية', 'Participation citoyenne et administration numérique') },
  { id: '4', title: t('الميزانية التشاركية', 'Budget participatif') },
];

const BAB_ZORGAN = t('باب الزرقان', 'Bab Zorgane');
const KASBAH = t('القصبة', 'La Kasbah');
const BAB_TARGHOUNT = t('باب تارغونت', 'Bab Targhount');
const BAB_EL_KHEMIS = t('باب الخميس', 'Bab El Khemis');

interface DemoProject {
  id: string;
  axis: string;
  title: LocalizedText;
  neighbourhood?: LocalizedText;
  budget: number;
  executed: number;
  planned: [string, string];
  actual?: [string, string?];
  progress: number;
  status: ProjectStatus;
  updates?: Array<{ date: string; text: LocalizedText; progress?: number }>;
}

const PROJECTS: DemoProject[] = [
  {
    id: '1-1',
    axis: '1',
    title: t(
      'اقتناء حاويات النفايات المنزلية وتوزيعها على الأحياء',
      'Achat et répartition de conteneurs à ordures ménagères dans les quartiers',
    ),
    budget: 1_800_000,
    executed: 1_650_000,
    planned: ['2023-01-15', '2023-12-31'],
    actual: ['2023-02-01', '2024-02-15'],
    progress: 100,
    status: 'completed',
    updates: [
      {
        date: '2024-02-15',
        text: t('تم توزيع 420 حاوية على الأحياء الأربعة عشر.', '420 conteneurs ont été répartis dans les quatorze quartiers.'),
        progress: 100,
      },
      {
        date: '2023-09-10',
        text: t('وصلت الدفعة الأولى من الحاويات (200 حاوية).', 'Le premier lot de conteneurs (200) a été livré.'),
        progress: 50,
      },
    ],
  },
  {
    id: '1-2',
    axis: '1',
    title: t('تهيئة حديقة باب الزرقان وإحداث فضاء للعب الأطفال', 'Aménagement du jardin de Bab Zorgane et d’une aire de jeux pour enfants'),
    neighbourhood: BAB_ZORGAN,
    budget: 2_400_000,
    executed: 960_000,
    planned: ['2024-03-01', '2025-06-30'],
    actual: ['2024-05-20'],
    progress: 45,
    status: 'in_progress',
    updates: [
      {
        date: '2025-03-12',
        text: t(
          'انتهت أشغال السقي بالتنقيط وبدأ غرس الأشجار.',
          'Les travaux d’irrigation au goutte-à-goutte sont finis ; la plantation a commencé.',
        ),
        progress: 45,
      },
      {
        date: '2024-05-20',
        text: t('انطلاق الأشغال بعد المصادقة على الصفقة.', 'Début des travaux après l’approbation du marché.'),
        progress: 5,
      },
    ],
  },
  {
    id: '1-3',
    axis: '1',
    title: t('غرس 3000 شجرة على طول السور التاريخي', 'Plantation de 3 000 arbres le long des remparts'),
    neighbourhood: KASBAH,
    budget: 750_000,
    executed: 120_000,
    planned: ['2024-10-01', '2025-04-30'],
    actual: ['2024-11-15'],
    progress: 20,
    status: 'delayed',
    updates: [
      {
        date: '2025-02-01',
        text: t(
          'تأخر الغرس بسبب نقص مياه السقي؛ موعد جديد في الخريف.',
          'Plantation retardée faute d’eau d’irrigation ; nouvelle date à l’automne.',
        ),
        progress: 20,
      },
    ],
  },
  {
    id: '2-1',
    axis: '2',
    title: t('إنارة أزقة باب الزرقان بمصابيح اقتصادية', 'Éclairage des ruelles de Bab Zorgane par des lampes économes'),
    neighbourhood: BAB_ZORGAN,
    budget: 1_200_000,
    executed: 300_000,
    planned: ['2025-01-01', '2025-09-30'],
    actual: ['2025-02-10'],
    progress: 30,
    status: 'in_progress',
    updates: [{ date: '2025-04-02', text: t('تم تركيب 90 مصباحا من أصل 300.', '90 lampes posées sur 300.'), progress: 30 }],
  },
  {
    id: '2-2',
    axis: '2',
    title: t('تبليط الطريق المؤدية إلى سوق الخميس', 'Revêtement de la route du souk El Khemis'),
    neighbourhood: BAB_EL_KHEMIS,
    budget: 4_500_000,
    executed: 0,
    planned: ['2025-09-01', '2026-06-30'],
    progress: 0,
    status: 'planned',
  },
  {
    id: '2-3',
    axis: '2',
    title: t('إصلاح قنوات تصريف مياه الأمطار بباب تارغونت', 'Réfection des caniveaux d’eaux pluviales de Bab Targhount'),
    neighbourhood: BAB_TARGHOUNT,
    budget: 900_000,
    executed: 150_000,
    planned: ['2024-06-01', '2024-12-31'],
    actual: ['2024-07-01'],
    progress: 15,
    status: 'suspended',
    updates: [
      {
        date: '2024-10-05',
        text: t('توقفت الأشغال في انتظار دراسة تقنية تكميلية.', 'Travaux suspendus en attendant une étude technique complémentaire.'),
        progress: 15,
      },
    ],
  },
  {
    id: '3-1',
    axis: '3',
    title: t(
      'تطوير الموقع الإلكتروني النموذجي للجماعة بأدوات المشاركة الرقمية',
      'Site web modèle de la commune avec ses outils de participation numérique',
    ),
    budget: 350_000,
    executed: 280_000,
    planned: ['2024-09-01', '2025-06-30'],
    actual: ['2024-09-15'],
    progress: 80,
    status: 'in_progress',
    updates: [
      {
        date: '2025-05-01',
        text: t(
          'فتح فضاء الاقتراحات والملاحظات وتتبع برنامج العمل.',
          'Ouverture de l’espace suggestions et du suivi du programme d’action.',
        ),
        progress: 80,
      },
      {
        date: '2025-01-20',
        text: t('إطلاق العرائض والاستشارات الرقمية على الموقع.', 'Lancement des pétitions et consultations numériques sur le site.'),
        progress: 50,
      },
    ],
  },
  {
    id: '3-2',
    axis: '3',
    title: t(
      'تنظيم لقاءات تواصلية وتشاورية حضورية ورقمية في الأحياء',
      'Rencontres d’information et de concertation, en présentiel et en ligne, dans les quartiers',
    ),
    budget: 120_000,
    executed: 45_000,
    planned: ['2024-04-01', '2025-12-31'],
    actual: ['2024-04-10'],
    progress: 40,
    status: 'in_progress',
  },
  {
    id: '4-1',
    axis: '4',
    title: t(
      'أول ميزانية تشاركية: مشاريع يقترحها المواطنون ويصوتون عليها',
      'Premier budget participatif : projets proposés et votés par les citoyens',
    ),
    budget: 1_000_000,
    executed: 0,
    planned: ['2025-10-01', '2026-12-31'],
    progress: 0,
    status: 'planned',
  },
];

const indicator = (id: string, label: LocalizedText, target: number, value: number, unit?: LocalizedText) => ({
  id,
  label,
  target,
  value,
  ...(unit ? { unit } : {}),
});
const PERCENT = t('٪', '%');

const COMMITMENTS: CharterCommitment[] = [
  {
    id: 'means',
    party: 'commune',
    text: t(
      'توفير الوسائل اللازمة لتحقيق المشاركة الفعالة للمواطنين والجمعيات',
      'Fournir les moyens d’une participation effective des citoyens et des associations',
    ),
    indicators: [indicator('tools', t('أدوات المشاركة الرقمية المفتوحة على الموقع', 'Outils de participation en ligne ouverts'), 6, 5)],
  },
  {
    id: 'involve',
    party: 'commune',
    text: t(
      'إشراك المجتمع المدني والمواطنين والمواطنات في إعداد وتنفيذ وتتبع البرامج والمشاريع التنموية',
      'Associer la société civile et les citoyennes et citoyens à la préparation, la mise en œuvre et le suivi des programmes',
    ),
    indicators: [
      indicator('meetings', t('لقاءات تشاورية منظمة في الأحياء', 'Rencontres de concertation tenues dans les quartiers'), 14, 6),
      indicator(
        'projects-followed',
        t('مشاريع البرنامج المنشورة مع تحييناتها', 'Projets du programme publiés avec leurs mises à jour'),
        100,
        100,
        PERCENT,
      ),
    ],
  },
  {
    id: 'transparency',
    party: 'commune',
    text: t('الشفافية والتواصل والمناصفة ومقاربة النوع الاجتماعي', 'Transparence, communication, parité et approche genre'),
    indicators: [
      indicator('women', t('نسبة النساء في اللقاءات التشاورية', 'Part des femmes dans les rencontres de concertation'), 50, 38, PERCENT),
    ],
  },
  {
    id: 'consultation',
    party: 'commune',
    text: t('إحداث آليات التشاور العمومي', 'Créer des mécanismes de concertation publique'),
    indicators: [indicator('consultations', t('استشارات عمومية رقمية منظمة', 'Consultations publiques en ligne organisées'), 4, 2)],
  },
  {
    id: 'information',
    party: 'commune',
    text: t('احترام الحق في الحصول على المعلومة', 'Respecter le droit d’accès à l’information'),
    indicators: [
      indicator(
        'requests',
        t('طلبات الحصول على المعلومة المجاب عنها داخل الأجل', 'Demandes d’information traitées dans les délais'),
        100,
        87,
        PERCENT,
      ),
    ],
  },
  {
    id: 'associations-follow-up',
    party: 'associations',
    text: t(
      'الانخراط والتتبع الموضوعي لتنزيل مشاريع وقرارات المجلس الجماعي',
      'S’engager et suivre objectivement la mise en œuvre des projets et décisions du conseil',
    ),
    indicators: [indicator('adhering', t('الجمعيات المنخرطة في الميثاق', 'Associations adhérentes à la charte'), 40, 17)],
  },
  {
    id: 'citizens-initiatives',
    party: 'citizens',
    text: t(
      'الانخراط الإيجابي والفعلي في المبادرات والفضاءات التشاركية التي تحدثها الجماعة',
      'Participer activement aux initiatives et espaces participatifs créés par la commune',
    ),
    indicators: [indicator('participants', t('المشاركون في الاستشارات الرقمية', 'Participants aux consultations en ligne'), 1000, 412)],
  },
];

const EVALUATIONS: EvaluationReport[] = [
  {
    date: '2025-07-15',
    title: t('تقرير التقييم نصف السنوي لفريق تتبع الميثاق', 'Rapport d’évaluation semestriel de l’équipe de suivi de la charte'),
    summary: t(
      'تقدم ملموس في الأدوات الرقمية والشفافية؛ تأخر في عدد اللقاءات بالأحياء وفي تمثيلية النساء. يوصي الفريق ببرمجة لقاءين في كل شهر.',
      'Progrès nets sur les outils numériques et la transparence ; retard sur les rencontres de quartier et la représentation des femmes. L’équipe recommande deux rencontres par mois.',
    ),
  },
  {
    date: '2025-02-28',
    title: t('تقرير انطلاق تتبع الميثاق بعد المصادقة عليه', 'Rapport de lancement du suivi après l’adoption de la charte'),
    summary: t(
      'صادق المجلس على الميثاق في دورة فبراير 2025؛ تم تشكيل فريق التتبع وتحديد مؤشرات كل التزام.',
      'Le conseil a adopté la charte à sa session de février 2025 ; l’équipe de suivi est constituée et les indicateurs de chaque engagement sont fixés.',
    ),
  },
];

const COMMENTS = [
  {
    reference: 'COM-DE30-0001',
    project: '1-2',
    text: 'نرجو تخصيص جزء من الحديقة للمسنين مع كراسي مظللة.',
    submittedAt: '2025-03-20T10:15:00Z',
    answer: {
      date: '2025-03-28',
      text: t('شكرا، أضيفت عشرة كراسي مظللة إلى التصميم.', 'Merci : dix bancs ombragés ont été ajoutés au plan.'),
    },
  },
  {
    reference: 'COM-DE30-0002',
    project: '2-1',
    text: 'زقاق درب القايد ما زال مظلما، متى يصل إليه المشروع؟',
    submittedAt: '2025-04-10T19:40:00Z',
  },
];

/** Seeds the demo programme once (an existing one is left as staff changed it). */
export async function seedDemoActionPlan(tx: Queryable, communeId: string): Promise<void> {
  const created = await tx.query(
    `INSERT INTO action_plans (id, commune_id, title, period_from, period_to, charter_id, commitments, evaluations)
     VALUES ($1, $2, $3::jsonb, 2022, 2027, $4, $5::jsonb, $6::jsonb) ON CONFLICT (id) DO NOTHING RETURNING id`,
    [
      DEMO_ACTION_PLAN_ID,
      communeId,
      t('برنامج عمل جماعة تارودانت 2022-2027', 'Programme d’action de la commune de Taroudant 2022-2027'),
      CHARTER_ID,
      COMMITMENTS,
      EVALUATIONS,
    ],
  );
  if (created.length === 0) return;
  for (const [position, axis] of AXES.entries()) {
    await tx.query('INSERT INTO action_plan_axes (plan_id, id, position, title) VALUES ($1, $2, $3, $4)', [
      DEMO_ACTION_PLAN_ID,
      axis.id,
      position,
      axis.title,
    ]);
  }
  for (const [position, project] of PROJECTS.entries()) {
    await tx.query(
      `INSERT INTO action_plan_projects (plan_id, id, axis_id, position, title, neighbourhood, budget, executed,
         planned_start, planned_end, actual_start, actual_end, progress, status)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
      [
        DEMO_ACTION_PLAN_ID,
        project.id,
        project.axis,
        position,
        project.title,
        project.neighbourhood ? project.neighbourhood : null,
        project.budget,
        project.executed,
        project.planned[0],
        project.planned[1],
        project.actual?.[0] ?? null,
        project.actual?.[1] ?? null,
        project.progress,
        project.status,
      ],
    );
    for (const update of [...(project.updates ?? [])].reverse()) {
      await tx.query('INSERT INTO action_plan_updates (plan_id, project_id, date, text, progress) VALUES ($1, $2, $3, $4, $5)', [
        DEMO_ACTION_PLAN_ID,
        project.id,
        update.date,
        update.text,
        update.progress ?? null,
      ]);
    }
  }
  for (const comment of COMMENTS) {
    await tx.query(
      `INSERT INTO action_plan_comments (reference, plan_id, project_id, text, status, answer, submitted_at, moderated_at)
       VALUES ($1, $2, $3, $4, 'published', $5, $6, $6)`,
      [comment.reference, DEMO_ACTION_PLAN_ID, comment.project, comment.text, comment.answer ? comment.answer : null, comment.submittedAt],
    );
  }
}
