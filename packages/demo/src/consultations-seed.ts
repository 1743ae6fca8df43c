import type { Choice, ConsultationInput, LocalizedText, ProfileSettings } from '@mocharaka/core/contract';
import { participantTokenHash, type Queryable } from '@mocharaka/server/seeding';
import { mulberry32 } from './random.js';

const DAY_MS = 24 * 60 * 60 * 1000;

const choice = (id: string, ar: string, fr: string): Choice => ({ id, label: { ar, fr } });
const text = (ar: string, fr: string): LocalizedText => ({ ar, fr });

const NEIGHBOURHOODS: Choice[] = [
  choice('medina', 'المدينة العتيقة داخل الأسوار', 'Médina, dans les remparts'),
  choice('north', 'الأحياء الشمالية خارج الأسوار', 'Quartiers nord, hors remparts'),
  choice('south', 'الأحياء الجنوبية خارج الأسوار', 'Quartiers sud, hors remparts'),
  choice('douars', 'الدواوير التابعة للجماعة', 'Douars de la commune'),
  choice('outside', 'خارج تراب الجماعة', 'Hors du territoire de la commune'),
];

const PROFILE: ProfileSettings = { fields: ['gender', 'ageBand', 'neighbourhood', 'associationMember'], neighbourhoods: NEIGHBOURHOODS };

const AGREEMENT = [
  text('غير موافق إطلاقا', 'Pas du tout d’accord'),
  text('غير موافق', 'Pas d’accord'),
  text('محايد', 'Neutre'),
  text('موافق', 'D’accord'),
  text('موافق تماما', 'Tout à fait d’accord'),
];

/** The draft charter, cleaned up from the commune's consultation documents, paragraph by paragraph. */
const CHARTER_PARAGRAPHS = [
  choice(
    'preamble',
    'تماشيا مع الفصل 139 من دستور 2011 والمادة 119 من القانون التنظيمي 113.14، تضع جماعة تارودانت آليات تشاركية للحوار والتشاور لتيسير مساهمة المواطنات والمواطنين والجمعيات في إعداد برامج التنمية وتتبعها.',
    'Conformément à l’article 139 de la Constitution de 2011 et à l’article 119 de la loi organique 113.14, la commune de Taroudant met en place des mécanismes participatifs de dialogue et de concertation pour faciliter la contribution des citoyennes, des citoyens et des associations à l’élaboration et au suivi des programmes de développement.',
  ),
  choice(
    'values',
    'تقوم المشاركة المواطنة على قيم الشفافية والمساواة وتكافؤ الفرص والمسؤولية المشتركة والثقة المتبادلة بين الجماعة والساكنة.',
    'La participation citoyenne repose sur la transparence, l’égalité et l’équité des chances, la responsabilité partagée et la confiance entre la commune et ses habitants.',
  ),
  choice(
    'objectives',
    'يهدف الميثاق إلى إشراك المواطنات والمواطنين في تشخيص مشاكلهم الحقيقية، والمساهمة في صياغة المشاريع وإنجازها وتتبعها وتقييمها، وتمكينهم من المعطيات اللازمة للتواصل مع الإدارة.',
    'La charte vise à associer les habitants au diagnostic de leurs problèmes réels, à la conception, la réalisation, le suivi et l’évaluation des projets, et à leur donner les informations nécessaires pour dialoguer avec l’administration.',
  ),
  choice(
    'bodies',
    'تعتمد الجماعة على الهيئات الاستشارية: مجلس شباب تارودانت، والفضاء التشاوري، وهيئة المساواة وتكافؤ الفرص ومقاربة النوع، وتلتزم بدراسة آرائها الاستشارية والرد عليها.',
    'La commune s’appuie sur ses instances consultatives — le Conseil des jeunes de Taroudant, l’Espace de concertation et l’Instance de l’égalité, de l’équité des chances et de l’approche genre — et s’engage à étudier leurs avis et à y répondre.',
  ),
  choice(
    'tools',
    'تشمل آليات المشاركة: العرائض المقدمة إلى المجلس، والتشاور العمومي الرقمي، واللقاءات التشاورية السنوية مع الجمعيات، وفضاء الاقتراحات والملاحظات على الموقع الإلكتروني للجماعة.',
    'Les outils de participation comprennent les pétitions au conseil, la consultation publique numérique, les rencontres annuelles de concertation avec les associations et l’espace de suggestions et remarques du site de la commune.',
  ),
  choice(
    'follow-up',
    'يتولى فريق للتتبع يضم منتخبين وأطرا وممثلين عن الهيئات الاستشارية تقييم تنفيذ الميثاق سنويا ونشر تقرير بذلك.',
    'Une équipe de suivi réunissant élus, cadres et représentants des instances consultatives évalue chaque année la mise en œuvre de la charte et en publie le rapport.',
  ),
];

const MECHANISMS = [
  choice('youth-council', 'مجلس الشباب', 'Le conseil des jeunes'),
  choice('consultative-space', 'الفضاء التشاوري', 'L’espace de concertation'),
  choice('equality-body', 'هيئة المساواة وتكافؤ الفرص', 'L’instance de l’égalité'),
  choice('petitions', 'العرائض', 'Les pétitions'),
  choice('digital-consultation', 'التشاور العمومي الرقمي', 'La consultation publique numérique'),
  choice('public-meetings', 'اللقاءات العمومية', 'Les réunions publiques'),
];

export const CHARTER_CONSULTATION: ConsultationInput = {
  id: 'taroudant-participation-charter-2024',
  title: text(
    'التشاور العمومي الرقمي حول مسودة مشروع ميثاق المشاركة المواطنة',
    'Consultation publique numérique sur le projet de charte de la participation citoyenne',
  ),
  introduction: text(
    'تعرض جماعة تارودانت مسودة مشروع ميثاق المشاركة المواطنة على الساكنة والفاعلين والمهتمين بالشأن المحلي، من أجل إغنائها بأفكار جديدة وتوسيع دائرة المشاركة في هذا الميثاق الذي سيكون سندا ومرجعا في المسارات التشاركية المقبلة. اطلعوا على المسودة ثم شاركونا ملاحظاتكم واقتراحاتكم.',
    'La commune de Taroudant soumet le projet de charte de la participation citoyenne aux habitants, aux acteurs et à toutes les personnes intéressées par la vie locale, pour l’enrichir de nouvelles idées et élargir le cercle de ceux qui y participent. Cette charte servira de référence aux démarches participatives à venir. Lisez le projet, puis faites-nous part de vos remarques et propositions.',
  ),
  opensAt: '2024-04-03T00:00:00+01:00',
  closesAt: '2024-04-16T00:00:00+01:00',
  resultsPublished: true,
  survey: {
    sections: [
      {
        id: 'about-the-draft',
        title: text('الاطلاع على المسودة', 'Votre lecture du projet'),
        questions: [
          {
            id: 'read-draft',
            kind: 'single',
            required: true,
            title: text('هل اطلعت على مسودة مشروع الميثاق؟', 'Avez-vous lu le projet de charte ?'),
            options: [choice('fully', 'نعم، كاملة', 'Oui, en entier'), choice('partly', 'جزئيا', 'En partie'), choice('no', 'لا', 'Non')],
          },
          {
            id: 'clarity',
            kind: 'scale',
            required: true,
            min: 1,
            max: 5,
            labels: AGREEMENT,
            title: text('المسودة واضحة وسهلة الفهم', 'Le projet est clair et facile à comprendre'),
          },
        ],
      },
      {
        id: 'comments',
        title: text('ملاحظاتكم على المسودة', 'Vos remarques sur le projet'),
        questions: [
          {
            id: 'draft-comments',
            kind: 'passage',
            required: false,
            maxLength: 1500,
            paragraphs: CHARTER_PARAGRAPHS,
            title: text('علقوا على فقرات المسودة التي تختارونها', 'Commentez les paragraphes du projet de votre choix'),
          },
          {
            id: 'priority-mechanisms',
            kind: 'multiple',
            required: true,
            min: 1,
            max: 3,
            options: MECHANISMS,
            title: text('ما هي آليات المشاركة الأهم بالنسبة لكم؟', 'Quels mécanismes de participation comptent le plus pour vous ?'),
          },
        ],
      },
      {
        id: 'suggestions',
        title: text('اقتراحاتكم', 'Vos propositions'),
        questions: [
          {
            id: 'suggestions',
            kind: 'long_text',
            required: false,
            maxLength: 2000,
            title: text('ما هي اقتراحاتكم لإغناء الميثاق؟', 'Quelles propositions pour enrichir la charte ?'),
          },
        ],
      },
    ],
  },
  profile: PROFILE,
};

const AREAS = [
  choice('roads-lighting', 'الطرق والإنارة العمومية', 'Voirie et éclairage public'),
  choice('cleanliness', 'النظافة وجمع النفايات', 'Propreté et collecte des déchets'),
  choice('green-spaces', 'المساحات الخضراء', 'Espaces verts'),
  choice('youth-sports', 'ملاعب القرب ودور الشباب', 'Terrains de proximité et maisons de jeunes'),
  choice('souks-economy', 'الأسواق والأنشطة الاقتصادية', 'Souks et activité économique'),
];

export const PROGRAMME_CONSULTATION = (now: number): ConsultationInput => ({
  id: 'action-programme-priorities',
  title: text('أولويات برنامج عمل الجماعة', 'Les priorités du programme d’action de la commune'),
  introduction: text(
    'تحضر الجماعة تحيين برنامج عملها. نريد أن نعرف ما هي أولوياتكم، وما رأيكم في الخدمات الحالية، وملاحظاتكم على محاور المشروع. يستغرق الاستبيان حوالي عشر دقائق، ويمكنكم التوقف والعودة لاحقا: أجوبتكم تحفظ على جهازكم.',
    'La commune prépare la mise à jour de son programme d’action. Dites-nous vos priorités, votre avis sur les services actuels et vos remarques sur les axes du projet. Comptez une dizaine de minutes ; vous pouvez vous arrêter et revenir plus tard : vos réponses restent sur votre appareil.',
  ),
  opensAt: new Date(now - 3 * DAY_MS).toISOString(),
  closesAt: new Date(now + 11 * DAY_MS).toISOString(),
  documents: [
    { title: text('مشروع برنامج عمل الجماعة (PDF)', 'Projet de programme d’action (PDF)'), url: 'https://www.taroudanntville.ma/' },
  ],
  survey: {
    sections: [
      {
        id: 'priorities',
        title: text('الأولويات', 'Les priorités'),
        questions: [
          {
            id: 'priority-ranking',
            kind: 'ranking',
            required: true,
            options: AREAS,
            title: text('رتبوا هذه المجالات حسب الأولوية', 'Classez ces domaines par priorité'),
            help: text('استعملوا الزرين أعلى وأسفل لتغيير الترتيب.', 'Utilisez les boutons monter et descendre pour changer l’ordre.'),
          },
          {
            id: 'service-satisfaction',
            kind: 'matrix',
            required: true,
            title: text('ما مدى رضاكم عن هذه الخدمات في حيكم؟', 'Êtes-vous satisfait de ces services dans votre quartier ?'),
            rows: AREAS.slice(0, 3),
            columns: [
              choice('not-at-all', 'غير راض إطلاقا', 'Pas du tout satisfait'),
              choice('not-really', 'غير راض', 'Peu satisfait'),
              choice('rather', 'راض', 'Plutôt satisfait'),
              choice('very', 'راض جدا', 'Très satisfait'),
            ],
          },
        ],
      },
      {
        id: 'projects',
        title: text('المشاريع', 'Les projets'),
        questions: [
          {
            id: 'favourite-project',
            kind: 'single',
            required: true,
            title: text('أي مشروع تفضلون إنجازه أولا؟', 'Quel projet voudriez-vous voir réalisé en premier ?'),
            options: [
              choice('covered-souk', 'سوق مغطى للبائعات والبائعين', 'Un souk couvert pour les vendeuses et vendeurs'),
              choice('ramparts-lighting', 'إنارة محيط الأسوار', 'L’éclairage des abords des remparts'),
              choice('neighbourhood-park', 'حديقة قرب في كل حي', 'Un jardin de proximité par quartier'),
              choice('other', 'مشروع آخر', 'Un autre projet'),
            ],
          },
          {
            id: 'other-project',
            kind: 'text',
            required: true,
            maxLength: 200,
            showIf: { question: 'favourite-project', anyOf: ['other'] },
            title: text('ما هو هذا المشروع؟', 'Quel est ce projet ?'),
          },
          {
            id: 'outside-centre-share',
            kind: 'number',
            required: false,
            min: 0,
            max: 100,
            integer: true,
            unit: text('٪', '%'),
            title: text(
              'ما هي نسبة ميزانية الاستثمار التي يجب تخصيصها للأحياء البعيدة عن المركز؟',
              'Quelle part du budget d’investissement devrait aller aux quartiers éloignés du centre ?',
            ),
            help: text('عدد من 0 إلى 100.', 'Un nombre de 0 à 100.'),
          },
          {
            id: 'follow-up-importance',
            kind: 'scale',
            required: false,
            min: 1,
            max: 5,
            minLabel: text('غير مهم', 'Pas important'),
            maxLabel: text('مهم جدا', 'Très important'),
            title: text(
              'ما أهمية نشر تقارير تتبع البرنامج بالنسبة لكم؟',
              'Quelle importance accordez-vous à la publication du suivi du programme ?',
            ),
          },
          {
            id: 'information-channels',
            kind: 'multiple',
            required: false,
            max: 2,
            title: text('كيف تفضلون أن تُخبَروا بتقدم المشاريع؟', 'Comment préférez-vous être informé de l’avancement des projets ?'),
            options: [
              choice('website', 'موقع الجماعة', 'Le site de la commune'),
              choice('social', 'شبكات التواصل الاجتماعي', 'Les réseaux sociaux'),
              choice('meetings', 'لقاءات في الأحياء', 'Des réunions de quartier'),
              choice('radio', 'الإذاعة المحلية', 'La radio locale'),
            ],
          },
        ],
      },
      {
        id: 'draft-axes',
        title: text('محاور مشروع البرنامج', 'Les axes du projet de programme'),
        questions: [
          {
            id: 'programme-draft',
            kind: 'passage',
            required: false,
            maxLength: 1000,
            title: text('علقوا على المحاور التي تهمكم', 'Commentez les axes qui vous intéressent'),
            paragraphs: [
              choice(
                'axis-1',
                'المحور 1: تأهيل الأحياء الناقصة التجهيز (الطرق، الإنارة، تصريف مياه الأمطار).',
                'Axe 1 : mise à niveau des quartiers sous-équipés (voirie, éclairage, évacuation des eaux pluviales).',
              ),
              choice(
                'axis-2',
                'المحور 2: تحسين النظافة وتدبير النفايات بإشراك جمعيات الأحياء.',
                'Axe 2 : améliorer la propreté et la gestion des déchets avec les associations de quartier.',
              ),
              choice(
                'axis-3',
                'المحور 3: فضاءات للشباب والنساء: ملاعب القرب، دور الشباب، مراكز التكوين.',
                'Axe 3 : des espaces pour les jeunes et les femmes : terrains de proximité, maisons de jeunes, centres de formation.',
              ),
            ],
          },
          {
            id: 'other-remarks',
            kind: 'long_text',
            required: false,
            maxLength: 1500,
            title: text('ملاحظات أخرى', 'Autres remarques'),
          },
        ],
      },
    ],
  },
  profile: { fields: ['gender', 'ageBand', 'neighbourhood'], neighbourhoods: NEIGHBOURHOODS },
});

const SUGGESTIONS = [
  'نقترح تخصيص لقاء سنوي مفتوح لتقديم حصيلة تنفيذ الميثاق.',
  'يجب تبسيط لغة الميثاق ونشره بالأمازيغية أيضا.',
  'Prévoir un délai de réponse de la commune aux avis des instances consultatives.',
  'إشراك الدواوير التابعة للجماعة في اللقاءات التشاورية.',
  'Publier les comptes rendus des réunions de concertation sur le site de la commune.',
  'تخصيص حصة للنساء والشباب في فريق التتبع.',
];
const PARAGRAPH_COMMENTS: Record<string, string[]> = {
  bodies: ['يجب تحديد أجل للرد على الآراء الاستشارية.', 'Préciser comment les membres des instances sont choisis.'],
  tools: [
    'إضافة التشاور عبر الإذاعة المحلية لمن لا يستعمل الإنترنت.',
    'Un registre papier au siège de la commune pour les personnes sans internet.',
  ],
  'follow-up': ['نشر التقرير السنوي على الموقع وفي مقر الجماعة.'],
};

interface SampleResponse {
  token: string;
  answers: Record<string, unknown>;
  profile: Record<string, string>;
  submitted_at: string;
}

/** About forty plausible responses to the charter consultation, always the same (fixed-seed generator). */
export function sampleCharterResponses(): SampleResponse[] {
  const random = mulberry32(0x63686172);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const responses: SampleResponse[] = [];
  const opens = Date.parse(CHARTER_CONSULTATION.opensAt);
  for (let index = 0; index < 42; index++) {
    const read = random() < 0.45 ? 'fully' : random() < 0.7 ? 'partly' : 'no';
    const answers: Record<string, unknown> = {
      'read-draft': read,
      clarity: Math.min(5, Math.max(1, Math.round(3.6 + (random() - 0.45) * 3))),
      'priority-mechanisms': [...new Set([pick(MECHANISMS).id, pick(MECHANISMS).id, pick(MECHANISMS).id])].slice(
        0,
        1 + Math.floor(random() * 3),
      ),
    };
    if (read !== 'no' && random() < 0.4) {
      const paragraph = pick(Object.keys(PARAGRAPH_COMMENTS));
      answers['draft-comments'] = { [paragraph]: pick(PARAGRAPH_COMMENTS[paragraph]!) };
    }
    if (random() < 0.35) answers.suggestions = pick(SUGGESTIONS);
    const profile: Record<string, string> = {};
    if (random() < 0.85) profile.gender = random() < 0.47 ? 'woman' : 'man';
    if (random() < 0.85) profile.ageBand = pick(['18-24', '25-34', '25-34', '35-49', '35-49', '50-64', '65-plus']);
    if (random() < 0.8) profile.neighbourhood = pick(NEIGHBOURHOODS).id;
    if (random() < 0.8) profile.associationMember = random() < 0.4 ? 'yes' : 'no';
    responses.push({
      token: `demo-charter-participant-${index}`,
      answers,
      profile,
      submitted_at: new Date(opens + Math.floor(random() * 12.5 * DAY_MS)).toISOString(),
    });
  }
  return responses;
}

/**
 * The demo consultations: the Taroudant charter consultation (3-15 April 2024, closed,
 * results published with sample responses and a few published comments) and an open
 * one on the action programme's priorities using every question kind. Existing rows
 * are left as they are, so staff edits survive restarts.
 */
export async function seedDemoConsultations(tx: Queryable, communeId: string, options: { sampleResponses?: boolean } = {}): Promise<void> {
  for (const input of [CHARTER_CONSULTATION, PROGRAMME_CONSULTATION(Date.now())]) {
    const { id, opensAt, closesAt, resultsPublished, title, introduction, documents, survey, profile } = input;
    const created = await tx.query(
      `INSERT INTO consultations (id, commune_id, definition, opens_at, closes_at, results_published)
       VALUES ($1, $2, $3::jsonb, $4::timestamptz, $5::timestamptz, $6) ON CONFLICT (id) DO NOTHING RETURNING id`,
      [
        id,
        communeId,
        { title, introduction, survey, ...(documents ? { documents } : {}), ...(profile ? { profile } : {}) },
        opensAt,
        closesAt,
        resultsPublished ?? false,
      ],
    );
    if (created.length === 0 || id !== CHARTER_CONSULTATION.id || !options.sampleResponses) continue;
    const samples = sampleCharterResponses();
    await tx.query(
      `INSERT INTO consultation_responses (consultation_id, token_hash, answers, profile, submitted_at)
       SELECT $1, decode(s.token_hash, 'hex'), s.answers, s.profile, s.submitted_at
       FROM jsonb_to_recordset($2::jsonb) AS s (token_hash text, answers jsonb, profile jsonb, submitted_at timestamptz)`,
      [id, samples.map((one) => ({ ...one, token_hash: participantTokenHash(id, one.token).toString('hex') }))],
    );
    // Publish the first few free-text answers, as staff would after reading them.
    await tx.query(
      `INSERT INTO consultation_published_texts (response_id, question_id, paragraph_id)
       SELECT r.id, 'suggestions', '' FROM consultation_responses r
       WHERE r.consultation_id = $1 AND r.answers ? 'suggestions' ORDER BY r.id LIMIT 4`,
      [id],
    );
    await tx.query(
      `INSERT INTO consultation_published_texts (response_id, question_id, paragraph_id)
       SELECT r.id, 'draft-comments', k.key FROM consultation_responses r, jsonb_object_keys(r.answers->'draft-comments') k(key)
       WHERE r.consultation_id = $1 AND jsonb_typeof(r.answers->'draft-comments') = 'object' ORDER BY r.id LIMIT 4`,
      [id],
    );
  }
}
