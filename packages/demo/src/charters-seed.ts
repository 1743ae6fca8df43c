import {
  diffCharterDocuments,
  type CharterArticle,
  type CharterBlock,
  type CharterDocument,
  type CharterParty,
  type CharterStatus,
  type CouncilDecision,
  type CharterConsultation,
  type LocalizedText,
} from '@mocharaka/core/contract';
import type { Queryable } from '@mocharaka/server/seeding';
import { NATIONAL_CHARTER_DOCUMENT } from './national-charter.js';

/*
 * The demo commune's charters, written from the source documents in /work/shared/seeds
 * (Taroudant's participation charter process, the workshop outline of a commune charter,
 * and the REMACTO open-communes charter), cleaned up, in Arabic with a French version;
 * and the draft national charter of participatory democracy (`national-charter.ts`), in
 * Arabic only, the longest text: the stress case for rendering.
 */

const t = (ar: string, fr: string): LocalizedText => ({ ar, fr });
const para = (ar: string, fr: string): CharterBlock => ({ type: 'paragraph', text: t(ar, fr) });
const list = (items: Array<[string, string]>, ordered = false): CharterBlock => ({
  type: 'list',
  ...(ordered ? { ordered } : {}),
  items: items.map(([ar, fr]) => t(ar, fr)),
});
const commitments = (party: CharterParty, items: Array<[string, string]>): CharterBlock => ({
  type: 'commitments',
  party,
  items: items.map(([ar, fr]) => t(ar, fr)),
});
const article = (id: string, number: number, title: LocalizedText, ...blocks: CharterBlock[]): CharterArticle => ({
  id,
  number,
  title,
  blocks,
});

// ————— Taroudant: citizen-participation charter —————

const preamble = article(
  'preamble',
  1,
  t('الديباجة', 'Préambule'),
  para(
    'كرس دستور المملكة لسنة 2011 مشاركة المواطنات والمواطنين في تدبير الشأن العام من أجل ديمقراطية تشاركية فعالة. وانسجاما مع ذلك، جعلت جماعة تارودانت من المقاربة التشاركية منهجية ونهجا للاشتغال.',
    "La Constitution de 2011 a consacré la participation des citoyennes et des citoyens à la gestion des affaires publiques, pour une démocratie participative effective. Dans cet esprit, la commune de Taroudant a fait de l'approche participative sa méthode de travail.",
  ),
  para(
    'وقد أحدثت الجماعة مجلس شباب تارودانت والفضاء التشاوري وهيئة المساواة وتكافؤ الفرص ومقاربة النوع، وانفتحت على جمعيات المجتمع المدني، واستقبلت العرائض المقدمة إلى المجلس.',
    "La commune a créé le Conseil des jeunes de Taroudant, l'Espace consultatif et l'Instance de l'équité, de l'égalité des chances et de l'approche genre ; elle s'est ouverte aux associations de la société civile et reçoit les pétitions adressées au conseil.",
  ),
  para(
    'أعد هذا الميثاق بشكل مشترك في إطار مشروع "تضافر"، انطلاقا من ورشة 20 نونبر 2023 التي جمعت المنتخبين والأطر وأعضاء الهيئات الاستشارية، ثم عرضت مسودته على التشاور العمومي الرقمي.',
    "Cette charte a été élaborée en commun dans le cadre du projet « Tadafur », à partir de l'atelier du 20 novembre 2023 réunissant élus, cadres et membres des instances consultatives, puis son projet a été soumis à une consultation publique numérique.",
  ),
);

const constitution = article(
  'constitution',
  2,
  t('الدستور', 'La Constitution'),
  para('يستند هذا الميثاق إلى أحكام دستور المملكة، ولا سيما:', 'Cette charte se fonde sur la Constitution du Royaume, notamment :'),
  list([
    [
      'الفصل 12: تساهم الجمعيات المهتمة بقضايا الشأن العام والمنظمات غير الحكومية في إعداد قرارات ومشاريع المؤسسات المنتخبة والسلطات العمومية وفي تفعيلها وتقييمها.',
      "Article 12 : les associations intéressées à la chose publique et les organisations non gouvernementales contribuent à l'élaboration, la mise en œuvre et l'évaluation des décisions et projets des institutions élues et des pouvoirs publics.",
    ],
    [
      'الفصل 13: تعمل السلطات العمومية على إحداث هيئات للتشاور قصد إشراك مختلف الفاعلين الاجتماعيين في إعداد السياسات العمومية وتفعيلها وتنفيذها وتقييمها.',
      "Article 13 : les pouvoirs publics œuvrent à la création d'instances de concertation pour associer les différents acteurs sociaux à l'élaboration, la mise en œuvre et l'évaluation des politiques publiques.",
    ],
    [
      'الفصل 139: تضع مجالس الجهات والجماعات الترابية الأخرى آليات تشاركية للحوار والتشاور لتيسير مساهمة المواطنات والمواطنين والجمعيات في إعداد برامج التنمية وتتبعها، ويمكن للمواطنات والمواطنين والجمعيات تقديم عرائض.',
      "Article 139 : les conseils des régions et des autres collectivités territoriales mettent en place des mécanismes participatifs de dialogue et de concertation pour faciliter la contribution des citoyennes, des citoyens et des associations à l'élaboration et au suivi des programmes de développement ; citoyens et associations peuvent présenter des pétitions.",
    ],
  ]),
);

const organicLaw = article(
  'organic-law',
  3,
  t('القانون التنظيمي 113.14 المتعلق بالجماعات', 'La loi organique 113.14 relative aux communes'),
  list([
    [
      'المادة 119: تحدث مجالس الجماعات آليات تشاركية للحوار والتشاور لتيسير مساهمة المواطنات والمواطنين والجمعيات في إعداد برامج العمل وتتبعها.',
      "Article 119 : les conseils des communes mettent en place des mécanismes participatifs de dialogue et de concertation pour faciliter la contribution des citoyennes, des citoyens et des associations à l'élaboration et au suivi des programmes d'action.",
    ],
    [
      'المادة 120: تحدث لدى مجلس الجماعة هيئة استشارية بشراكة مع فعاليات المجتمع المدني تختص بدراسة القضايا المتعلقة بتفعيل مبادئ المساواة وتكافؤ الفرص ومقاربة النوع.',
      "Article 120 : une instance consultative est créée auprès du conseil, en partenariat avec la société civile, pour les questions d'équité, d'égalité des chances et d'approche genre.",
    ],
    [
      'المواد 121 إلى 125: حق المواطنات والمواطنين والجمعيات في تقديم عرائض إلى المجلس قصد مطالبته بإدراج نقطة تدخل في صلاحياته ضمن جدول أعماله، وشروط تقديمها.',
      "Articles 121 à 125 : le droit des citoyennes, des citoyens et des associations de présenter des pétitions demandant au conseil d'inscrire à son ordre du jour une question relevant de ses attributions, et leurs conditions.",
    ],
  ]),
);

const definitions = article('definitions', 4, t('تعاريف', 'Définitions'), {
  type: 'definitions',
  items: [
    {
      term: t('المشاركة المواطنة', 'Participation citoyenne'),
      definition: t(
        'إسهام المواطنات والمواطنين والجمعيات في إعداد القرار العمومي المحلي وتنفيذه وتتبعه وتقييمه، مكملةً للديمقراطية التمثيلية لا بديلا عنها.',
        "Contribution des citoyennes, des citoyens et des associations à la préparation, la mise en œuvre, le suivi et l'évaluation de la décision publique locale, en complément de la démocratie représentative et non à sa place.",
      ),
    },
    {
      term: t('العريضة', 'Pétition'),
      definition: t(
        'كل محرر يطالب بموجبه المواطنات والمواطنون أو الجمعيات مجلس الجماعة بإدراج نقطة تدخل في صلاحياته ضمن جدول أعماله.',
        "Tout écrit par lequel des citoyennes, des citoyens ou des associations demandent au conseil d'inscrire à son ordre du jour une question relevant de ses attributions.",
      ),
    },
    {
      term: t('الهيئات الاستشارية', 'Instances consultatives'),
      definition: t(
        'مجلس الشباب والفضاء التشاوري وهيئة المساواة وتكافؤ الفرص ومقاربة النوع، التي تقدم آراء استشارية للمجلس.',
        "Le Conseil des jeunes, l'Espace consultatif et l'Instance de l'équité, qui donnent des avis consultatifs au conseil.",
      ),
    },
  ],
});

const values = article(
  'values',
  5,
  t('القيم المشتركة', 'Valeurs partagées'),
  para('تلتزم الأطراف الموقعة على هذا الميثاق بالقيم التالية:', 'Les parties à cette charte partagent les valeurs suivantes :'),
  list([
    ['الإنصاف', 'L’équité'],
    ['الإشراك', 'L’inclusion'],
    ['النجاعة والفعالية', 'L’efficience et l’efficacité'],
    ['الشفافية', 'La transparence'],
    ['المساءلة', 'La redevabilité'],
    ['الشرعية', 'La légalité'],
    ['الاستدامة', 'La durabilité'],
  ]),
);

const objectives = article(
  'objectives',
  6,
  t('أهداف الميثاق', 'Objectifs de la charte'),
  list([
    [
      'وضع أساس أخلاقي وتنظيمي للمشاركة المواطنة على صعيد الجماعة؛',
      'Donner à la participation citoyenne un cadre éthique et organisé dans la commune ;',
    ],
    [
      'بناء علاقة ثقة بين المواطنات والمواطنين والجمعيات من جهة، والمنتخبين من جهة أخرى؛',
      'Bâtir une relation de confiance entre citoyens et associations d’une part, et élus d’autre part ;',
    ],
    ['نشر ثقافة الإنصات والنقاش في ظروف سليمة؛', "Diffuser une culture de l'écoute et du débat serein ;"],
    [
      'تشجيع الالتزام الملموس والتتبع المسؤول للفعل العمومي من قبل المواطنات والمواطنين والجمعيات؛',
      "Encourager l'engagement concret et le suivi responsable de l'action publique par les citoyens et les associations ;",
    ],
    [
      'تعبئة الذكاء الجماعي في خدمة التنمية الترابية المندمجة.',
      "Mobiliser l'intelligence collective au service du développement territorial intégré.",
    ],
  ]),
);

const levels = article('participation-levels', 7, t('مستويات المشاركة', 'Niveaux de participation'), {
  type: 'definitions',
  items: [
    {
      term: t('الإخبار', 'Information'),
      definition: t(
        'إطلاع المواطنات والمواطنين والجمعيات بكافة المعطيات المتعلقة بالمشاريع والقرارات التي تتخذها الجماعة.',
        'Porter à la connaissance des citoyens et des associations toutes les données sur les projets et décisions de la commune.',
      ),
    },
    {
      term: t('الاستشارة', 'Consultation'),
      definition: t(
        'طلب رأي المواطنات والمواطنين والجمعيات قبل اتخاذ القرار، مع بقاء القرار للمجلس.',
        "Recueillir l'avis des citoyens et des associations avant la décision, qui reste celle du conseil.",
      ),
    },
    {
      term: t('التشاور', 'Concertation'),
      definition: t(
        'حوار منظم بين الجماعة والفاعلين طيلة مسلسل اتخاذ القرار العمومي المحلي.',
        'Un dialogue organisé entre la commune et les acteurs tout au long du processus de décision publique locale.',
      ),
    },
    {
      term: t('الشراكة', 'Partenariat'),
      definition: t(
        'إنجاز مشاريع مشتركة يتقاسم فيها الأطراف المسؤولية والموارد.',
        'La réalisation de projets communs dont les parties partagent la responsabilité et les moyens.',
      ),
    },
  ],
});

const topics = article(
  'participation-topics',
  8,
  t('مواضيع المشاركة', 'Objets de la participation'),
  list([
    ['برنامج عمل الجماعة وتتبع تنفيذه؛', "Le programme d'action de la commune et le suivi de sa mise en œuvre ;"],
    [
      'الخدمات الجماعية ذات الأولوية، كالنظافة والمناطق الخضراء؛',
      'Les services communaux prioritaires, comme la propreté et les espaces verts ;',
    ],
    ['الميزانية التشاركية؛', 'Le budget participatif ;'],
    [
      'تدبير وتجهيز المنشآت الثقافية والاجتماعية الجماعية، كدور الأحياء.',
      'La gestion et l’équipement des équipements culturels et sociaux, comme les maisons de quartier.',
    ],
  ]),
);

const who = article(
  'who-participates',
  9,
  t('من يشارك؟', 'Qui participe ?'),
  list([
    ['المواطنات والمواطنون؛', 'Les citoyennes et les citoyens ;'],
    ['الجمعيات؛', 'Les associations ;'],
    ['الهيئات الاستشارية للجماعة؛', 'Les instances consultatives de la commune ;'],
    ['المصالح الخارجية والمؤسسات العمومية.', 'Les services déconcentrés et les établissements publics.'],
  ]),
);

const whereV1 = article(
  'where-to-participate',
  10,
  t('أين تتم المشاركة؟', 'Où participer ?'),
  list([
    ['اللقاءات التواصلية والتشاورية، الحضورية والرقمية؛', 'Les rencontres d’information et de concertation, en présentiel et en ligne ;'],
    ['دورات المجلس الجماعي المفتوحة للعموم.', 'Les sessions du conseil communal, ouvertes au public.'],
  ]),
);

const whereV2 = article(
  'where-to-participate',
  10,
  t('أين تتم المشاركة؟', 'Où participer ?'),
  list([
    ['اللقاءات التواصلية والتشاورية، الحضورية والرقمية؛', 'Les rencontres d’information et de concertation, en présentiel et en ligne ;'],
    ['دورات المجلس الجماعي المفتوحة للعموم؛', 'Les sessions du conseil communal, ouvertes au public ;'],
    [
      'فضاء المشاركة الرقمية على الموقع الإلكتروني للجماعة: الاقتراحات والملاحظات، التشاور الرقمي، العرائض، وتتبع تنفيذ الميثاق وبرنامج العمل.',
      "L'espace de participation numérique du site de la commune : suggestions et remarques, consultations en ligne, pétitions, suivi de la charte et du programme d'action.",
    ],
  ]),
);

const bodyArticle = (id: string, number: number, title: LocalizedText, founded: [string, string]) =>
  article(
    id,
    number,
    title,
    para(...founded),
    list([
      ['المشاركة في تنشيط ورشات إعداد برنامج العمل؛', "Participer à l'animation des ateliers d'élaboration du programme d'action ;"],
      ['تقديم المقترحات وآراء استشارية للمجلس؛', 'Présenter des propositions et des avis consultatifs au conseil ;'],
      ['التنسيق والتعاون مع باقي الهيئات الاستشارية.', 'Se coordonner et coopérer avec les autres instances consultatives.'],
    ]),
  );

const youthCouncil = bodyArticle('youth-council', 11, t('مجلس شباب تارودانت', 'Le Conseil des jeunes de Taroudant'), [
  'أحدث مجلس شباب تارودانت في 5 دجنبر 2024 بعد إعلان مفتوح للتعبير عن الاهتمام بعضويته. ويتولى:',
  "Le Conseil des jeunes de Taroudant a été créé le 5 décembre 2024, après un appel ouvert à manifestation d'intérêt. Il a pour rôle de :",
]);
const consultativeSpace = bodyArticle(
  'consultative-space',
  12,
  t('الفضاء التشاوري لجماعة تارودانت', "L'Espace consultatif de la commune"),
  ['أحدث الفضاء التشاوري في 11 مارس 2022. ويتولى:', "L'Espace consultatif a été créé le 11 mars 2022. Il a pour rôle de :"],
);
const equalityCommission = bodyArticle(
  'equality-commission',
  13,
  t('هيئة المساواة وتكافؤ الفرص ومقاربة النوع', "L'Instance de l'équité, de l'égalité des chances et de l'approche genre"),
  [
    'أحدثت الهيئة في 11 فبراير 2022 تطبيقا للمادة 120 من القانون التنظيمي 113.14. وتتولى:',
    "L'Instance a été créée le 11 février 2022 en application de l'article 120 de la loi organique 113.14. Elle a pour rôle de :",
  ],
);

const petitionsV1 = article(
  'petitions',
  14,
  t('العرائض', 'Les pétitions'),
  para(
    'يحق للمواطنات والمواطنين والجمعيات تقديم عرائض إلى المجلس وفق الشروط المحددة في المواد 121 إلى 125 من القانون التنظيمي 113.14. يودع الوكيل العريضة لدى رئيس المجلس، ويجيب المكتب داخل أجل ثلاثة أشهر.',
    'Les citoyennes, les citoyens et les associations peuvent présenter des pétitions au conseil dans les conditions des articles 121 à 125 de la loi organique 113.14. Le mandataire dépose la pétition auprès du président ; le bureau répond dans un délai de trois mois.',
  ),
);

const petitionsV2 = article(
  'petitions',
  14,
  t('العرائض', 'Les pétitions'),
  para(
    'يحق للمواطنات والمواطنين والجمعيات تقديم عرائض إلى المجلس وفق الشروط المحددة في المواد 121 إلى 125 من القانون التنظيمي 113.14. يودع الوكيل العريضة لدى رئيس المجلس، ويجيب المكتب داخل أجل ثلاثة أشهر.',
    'Les citoyennes, les citoyens et les associations peuvent présenter des pétitions au conseil dans les conditions des articles 121 à 125 de la loi organique 113.14. Le mandataire dépose la pétition auprès du président ; le bureau répond dans un délai de trois mois.',
  ),
  para(
    'تنشر الجماعة على موقعها الإلكتروني العرائض المودعة ومآلها، ويمكن جمع التوقيعات إلكترونيا.',
    'La commune publie sur son site les pétitions déposées et la suite qui leur est donnée ; les signatures peuvent être recueillies en ligne.',
  ),
);

const communeCommitments = article(
  'commune-commitments',
  15,
  t('التزامات الجماعة', 'Engagements de la commune'),
  commitments('commune', [
    [
      'توفير الوسائل اللازمة لتحقيق المشاركة الفعالة للمواطنات والمواطنين والجمعيات؛',
      'Fournir les moyens nécessaires à une participation effective des citoyens et des associations ;',
    ],
    [
      'إشراك المجتمع المدني والمواطنات والمواطنين في إعداد وتنفيذ وتتبع البرامج والمشاريع التنموية المنجزة على ترابها؛',
      "Associer la société civile et les citoyens à l'élaboration, la mise en œuvre et le suivi des programmes et projets de développement sur son territoire ;",
    ],
    ['الشفافية والتواصل، والمناصفة ومقاربة النوع الاجتماعي؛', 'La transparence et la communication, la parité et l’approche genre ;'],
    ['إحداث آليات التشاور العمومي؛', 'Mettre en place des mécanismes de consultation publique ;'],
    ['احترام الحق في الحصول على المعلومات.', "Respecter le droit d'accès à l'information."],
  ]),
);

const associationCommitments = article(
  'association-commitments',
  16,
  t('التزامات الجمعيات', 'Engagements des associations'),
  commitments('associations', [
    ['تحسيس المواطنات والمواطنين بأهمية المشاركة المواطنة؛', "Sensibiliser les citoyens à l'importance de la participation citoyenne ;"],
    [
      'الانخراط والتتبع الموضوعي لتنزيل مشاريع وقرارات المجلس الجماعي؛',
      'S’impliquer et suivre objectivement la mise en œuvre des projets et décisions du conseil ;',
    ],
    ['احترام مبادئ الميثاق؛', 'Respecter les principes de la charte ;'],
    ['تقاسم المعلومات مع باقي فعاليات المجتمع المدني.', 'Partager les informations avec les autres acteurs de la société civile.'],
  ]),
);

const citizenCommitments = article(
  'citizen-commitments',
  17,
  t('التزامات المواطنات والمواطنين', 'Engagements des citoyennes et des citoyens'),
  commitments('citizens', [
    [
      'الانخراط الإيجابي والفعلي في المبادرات والفضاءات التشاركية التي تحدثها الجماعة؛',
      'Participer activement aux initiatives et espaces participatifs créés par la commune ;',
    ],
    ['احترام مبادئ الميثاق والمقتضيات القانونية الجاري بها العمل؛', 'Respecter les principes de la charte et la législation en vigueur ;'],
    [
      'مراعاة المصلحة العامة وعدم التعصب للرأي أو للمصلحة الشخصية؛',
      "Privilégier l'intérêt général plutôt que son opinion ou son intérêt personnel ;",
    ],
    ['التجرد من الخلفيات والانتماءات السياسية؛', 'Se détacher des appartenances politiques ;'],
    ['مواكبة الجماعة في تنزيل الميثاق.', 'Accompagner la commune dans la mise en œuvre de la charte.'],
  ]),
);

const communication = article(
  'communication',
  18,
  t('التواصل حول الميثاق', 'Faire connaître la charte'),
  para(
    'تعرف الجماعة بالميثاق عبر جميع قنوات التواصل المتاحة: الموقع الإلكتروني، صفحات التواصل الاجتماعي للجماعة وهيئاتها، والجمعيات المنخرطة في الميثاق.',
    'La commune fait connaître la charte par tous ses canaux : site internet, pages de la commune et de ses instances sur les réseaux sociaux, associations adhérentes.',
  ),
);

const whenToUse = article(
  'when-to-use',
  19,
  t('متى يستعمل الميثاق؟', 'Quand utiliser la charte ?'),
  para(
    'يستعمل الميثاق أثناء تخطيط المشاريع الجماعية وتنفيذها وتقييمها، وعند إعداد برنامج عمل الجماعة وميزانيتها.',
    "La charte s'applique à la planification, la mise en œuvre et l'évaluation des projets communaux, ainsi qu'à la préparation du programme d'action et du budget.",
  ),
);

const followUpTeam = article(
  'follow-up-team',
  20,
  t('فريق تتبع الميثاق', 'Équipe de suivi de la charte'),
  para(
    'يحدث فريق لتتبع تفعيل الميثاق يضم ممثلين عن المجلس والإدارة الجماعية والهيئات الاستشارية والجمعيات المنخرطة. ويعد تقريرا سنويا عن تفعيل الميثاق يعرض على المجلس وينشر للعموم.',
    "Une équipe de suivi réunit des représentants du conseil, de l'administration communale, des instances consultatives et des associations adhérentes. Elle établit un rapport annuel sur l'application de la charte, présenté au conseil et rendu public.",
  ),
);

const evaluation = article(
  'evaluation',
  21,
  t('تقييم الميثاق ومراجعته', 'Évaluation et révision'),
  para(
    'يقيم استعمال الميثاق كل سنتين، ويمكن مراجعته باقتراح من فريق التتبع وبعد تشاور عمومي.',
    "L'usage de la charte est évalué tous les deux ans ; elle peut être révisée sur proposition de l'équipe de suivi, après consultation publique.",
  ),
);

const draftNotice = article(
  'draft-consultation',
  22,
  t('عرض المسودة على التشاور', 'Projet soumis à consultation'),
  para(
    'تعرض هذه المسودة على التشاور العمومي الرقمي من 3 إلى 15 أبريل 2024، قبل عرضها على المجلس للدراسة والمصادقة.',
    "Ce projet est soumis à une consultation publique numérique du 3 au 15 avril 2024, avant d'être présenté au conseil pour examen et adoption.",
  ),
);

const entryIntoForce = article(
  'entry-into-force',
  22,
  t('الدخول حيز التنفيذ', 'Entrée en vigueur'),
  para(
    'صادق المجلس الجماعي على هذا الميثاق خلال دورته العادية لشهر فبراير 2025، ويدخل حيز التنفيذ ابتداء من تاريخ نشره على الموقع الإلكتروني للجماعة.',
    'Le conseil communal a adopté cette charte lors de sa session ordinaire de février 2025 ; elle entre en vigueur à sa publication sur le site de la commune.',
  ),
);

function taroudantDocument(version: 1 | 2): CharterDocument {
  return {
    parts: [
      { id: 'preamble-part', title: t('التقديم', 'Présentation'), articles: [preamble] },
      { id: 'reference-framework', title: t('الإطار المرجعي', 'Cadre de référence'), articles: [constitution, organicLaw, definitions] },
      { id: 'values-objectives', title: t('القيم والأهداف', 'Valeurs et objectifs'), articles: [values, objectives] },
      {
        id: 'participation',
        title: t('المشاركة المواطنة', 'La participation citoyenne'),
        chapters: [
          { id: 'nature', title: t('طبيعة المشاركة ومواضيعها', 'Nature et objets de la participation'), articles: [levels, topics] },
          { id: 'who-where', title: t('من يشارك وأين', 'Qui participe, et où'), articles: [who, version === 1 ? whereV1 : whereV2] },
          {
            id: 'bodies',
            title: t('الهيئات والآليات التشاركية', 'Instances et mécanismes participatifs'),
            articles: [youthCouncil, consultativeSpace, equalityCommission, version === 1 ? petitionsV1 : petitionsV2],
          },
        ],
      },
      {
        id: 'commitments',
        title: t('الالتزامات', 'Engagements'),
        articles: [communeCommitments, associationCommitments, citizenCommitments],
      },
      {
        id: 'implementation',
        title: t('التفعيل والتتبع', 'Mise en œuvre et suivi'),
        articles: [communication, whenToUse, followUpTeam, evaluation, version === 1 ? draftNotice : entryIntoForce],
      },
    ],
  };
}

// ————— REMACTO: charter of the Moroccan network of open local authorities —————

const remactoPreamble = article(
  'preamble',
  1,
  t('الديباجة', 'Préambule'),
  list([
    [
      'بناء على التوجهات الملكية السامية المتعلقة بتعبئة إمكانات الأمة وإشراك جميع مهاراتها من أجل تنفيذ النموذج التنموي الجديد؛',
      'Vu les hautes orientations royales sur la mobilisation des potentiels de la nation pour la mise en œuvre du nouveau modèle de développement ;',
    ],
    [
      'وفقا لمقتضيات الدستور المتعلقة بتكريس مبادئ الشفافية والمساءلة والمشاركة المواطنة؛',
      'Conformément à la Constitution, qui consacre la transparence, la redevabilité et la participation citoyenne ;',
    ],
    [
      'استنادا إلى القوانين التنظيمية للجماعات الترابية وإلى انخراط المملكة في مبادرة "الشراكة من أجل الحكومة المنفتحة" سنة 2018؛',
      "Sur la base des lois organiques des collectivités territoriales et de l'adhésion du Maroc au « Partenariat pour un gouvernement ouvert » en 2018 ;",
    ],
  ]),
  para(
    'تم خلق الشبكة المغربية للجماعات الترابية المنفتحة (REMACTO) كفضاء للتعاون وتقاسم التجارب والممارسات الجيدة بين الجماعات الترابية، وتطوير قدراتها حول مبادئ الانفتاح.',
    "Le Réseau marocain des collectivités territoriales ouvertes (REMACTO) est créé comme espace de coopération et de partage d'expériences et de bonnes pratiques entre collectivités, et de renforcement de leurs capacités en matière d'ouverture.",
  ),
);

const remactoPurpose = article(
  'purpose',
  2,
  t('الهدف من الميثاق', 'Objet de la charte'),
  para(
    'يقدم هذا الميثاق مبادئ الشبكة وقيمها وأهدافها، إضافة إلى التزامات أعضائها.',
    'Cette charte présente les principes, les valeurs et les objectifs du réseau, ainsi que les engagements de ses membres.',
  ),
);

const remactoOpen = article('open-collectivity', 3, t('الجماعة الترابية المنفتحة', 'La collectivité territoriale ouverte'), {
  type: 'definitions',
  items: [
    {
      term: t('الجماعة الترابية المنفتحة', 'Collectivité territoriale ouverte'),
      definition: t(
        'جماعة تسهر على تعزيز مبادئ الشفافية والتعاون والمشاركة المواطنة، وتشرك المواطنات والمواطنين وهيئات المجتمع المدني في إعداد جميع مشاريع وبرامج التنمية وتتبعها وتقييمها بشكل تشاركي.',
        "Une collectivité qui renforce la transparence, la collaboration et la participation citoyenne, et associe citoyens et société civile à l'élaboration, au suivi et à l'évaluation de tous ses projets et programmes de développement.",
      ),
    },
  ],
});

const remactoAims = article(
  'aims',
  4,
  t('أهمية الجماعة الترابية المنفتحة', "Pourquoi s'ouvrir"),
  list(
    [
      [
        'تعزيز ثقة المواطن من خلال الشفافية والمساءلة والمشاركة المواطنة والتواصل وتنفيذ آليات المشاركة؛',
        'Renforcer la confiance des citoyens par la transparence, la redevabilité, la participation, la communication et les mécanismes participatifs ;',
      ],
      [
        'العمل بتعاون وثيق مع المجتمع المدني كحليف رئيسي لمواجهة تحديات التنمية الدامجة؛',
        "Travailler étroitement avec la société civile, alliée principale face aux défis d'un développement inclusif ;",
      ],
      [
        'تحسين الخدمات العمومية المحلية من خلال رقمنة تسيير الجماعة والخدمات المقدمة للمواطن.',
        'Améliorer les services publics locaux par la numérisation de la gestion et des services aux citoyens.',
      ],
    ],
    true,
  ),
);

const remactoValuesV1 = article(
  'values',
  5,
  t('قيم الشبكة', 'Valeurs du réseau'),
  list([
    ['تقاسم الممارسات الجيدة والأدوات المتعلقة بمبادئ الانفتاح؛', "Le partage des bonnes pratiques et des outils de l'ouverture ;"],
    [
      'الحوار بين الجماعات الأعضاء حول الممارسات والتحديات المشتركة المتعلقة بالتنمية المحلية المنفتحة.',
      'Le dialogue entre collectivités membres sur les pratiques et les défis communs du développement local ouvert.',
    ],
  ]),
);

const remactoValuesV2 = article(
  'values',
  5,
  t('قيم الشبكة', 'Valeurs du réseau'),
  list([
    ['الشفافية والولوج إلى المعلومات؛', "La transparence et l'accès à l'information ;"],
    ['المشاركة المواطنة؛', 'La participation citoyenne ;'],
    ['الخدمات الرقمية في متناول الجميع؛', 'Des services numériques accessibles à tous ;'],
    ['تقاسم الممارسات الجيدة والأدوات المتعلقة بمبادئ الانفتاح؛', "Le partage des bonnes pratiques et des outils de l'ouverture ;"],
    [
      'الحوار بين الجماعات الأعضاء حول الممارسات والتحديات المشتركة المتعلقة بالتنمية المحلية المنفتحة.',
      'Le dialogue entre collectivités membres sur les pratiques et les défis communs du développement local ouvert.',
    ],
  ]),
);

const remactoCommitments = article(
  'member-commitments',
  6,
  t('التزامات الأعضاء', 'Engagements des membres'),
  commitments('commune', [
    [
      'احترام النظم المعيارية المعمول بها من حيث الشفافية والولوج إلى المعلومات والمشاركة المواطنة والتحول الرقمي والابتكار العمومي؛',
      "Respecter les standards de transparence, d'accès à l'information, de participation citoyenne, de transformation numérique et d'innovation publique ;",
    ],
    [
      'اعتماد برامج عمل الانفتاح بإشراك المجتمع المدني المحلي وجميع الفاعلين المعنيين خلال جميع مراحل هذا المسلسل؛',
      "Adopter des plans d'action d'ouverture en associant la société civile locale et tous les acteurs concernés à chaque étape ;",
    ],
    [
      'السهر على تنفيذ برامج عمل الانفتاح وتتبعها وتقييمها بإشراك المجتمع المدني المحلي؛',
      "Mettre en œuvre, suivre et évaluer ces plans d'action avec la société civile locale ;",
    ],
    [
      'خلق دينامية ترابية تهدف إلى تعزيز المشاركة والتعاون مع الفاعلين الآخرين داخل التراب؛',
      'Créer une dynamique territoriale de participation et de coopération avec les autres acteurs du territoire ;',
    ],
    [
      'المساهمة في إشعاع الجماعات الترابية المغربية على المستوى الوطني والقاري والدولي.',
      'Contribuer au rayonnement des collectivités marocaines aux niveaux national, continental et international.',
    ],
  ]),
);

const remactoMembership = article(
  'membership',
  7,
  t('العضوية', 'Adhésion au réseau'),
  para(
    'تنضم الجماعة الترابية إلى الشبكة بمقرر لمجلسها يصادق على هذا الميثاق، وتعين منسقا للانفتاح يتولى التواصل مع الشبكة.',
    "Une collectivité adhère au réseau par une délibération de son conseil approuvant cette charte ; elle désigne un coordinateur de l'ouverture, interlocuteur du réseau.",
  ),
);

function remactoDocument(version: 1 | 2): CharterDocument {
  return {
    parts: [
      { id: 'preamble-part', title: t('تقديم', 'Présentation'), articles: [remactoPreamble, remactoPurpose] },
      {
        id: 'principles',
        title: t('المبادئ والقيم', 'Principes et valeurs'),
        articles: [remactoOpen, remactoAims, version === 1 ? remactoValuesV1 : remactoValuesV2],
      },
      {
        id: 'commitments',
        title: t('الالتزامات', 'Engagements'),
        articles: version === 1 ? [remactoCommitments] : [remactoCommitments, remactoMembership],
      },
    ],
  };
}

interface DemoCharter {
  id: string;
  title: LocalizedText;
  summary: LocalizedText;
  status: CharterStatus;
  consultation?: CharterConsultation;
  adoption?: CouncilDecision;
  versions: Array<{ document: CharterDocument; publishedAt: string; note: LocalizedText }>;
}

export const DEMO_CHARTERS: readonly DemoCharter[] = [
  {
    id: 'taroudant-participation',
    title: t('ميثاق المشاركة المواطنة لجماعة تارودانت', 'Charte de la participation citoyenne de la commune de Taroudant'),
    summary: t(
      'القيم والأهداف والآليات التي تنظم مشاركة المواطنات والمواطنين والجمعيات في تدبير الشأن المحلي بتارودانت، والتزامات كل طرف.',
      'Les valeurs, objectifs et mécanismes de la participation des citoyens et des associations aux affaires locales de Taroudant, et les engagements de chacun.',
    ),
    status: 'adopted',
    consultation: {
      opensAt: '2024-04-03T09:00:00+01:00',
      closesAt: '2024-04-15T23:59:00+01:00',
      url: 'https://forms.gle/6RiM1JnQmGPJz7qS6',
    },
    adoption: { date: '2025-02-03', session: t('الدورة العادية لشهر فبراير 2025', 'Session ordinaire de février 2025') },
    versions: [
      {
        document: taroudantDocument(1),
        publishedAt: '2024-04-03T09:00:00+01:00',
        note: t('المسودة المعروضة على التشاور العمومي الرقمي', 'Projet soumis à la consultation publique numérique'),
      },
      {
        document: taroudantDocument(2),
        publishedAt: '2025-02-03T12:00:00+01:00',
        note: t('النص المصادق عليه بعد التشاور العمومي', 'Texte adopté après la consultation publique'),
      },
    ],
  },
  {
    id: 'remacto-open-communes',
    title: t('ميثاق الشبكة المغربية للجماعات الترابية المنفتحة', 'Charte du Réseau marocain des collectivités territoriales ouvertes'),
    summary: t(
      'مبادئ الجماعة الترابية المنفتحة وقيمها والتزامات الجماعات الأعضاء في الشبكة (REMACTO).',
      'Les principes et valeurs de la collectivité ouverte, et les engagements des collectivités membres du réseau (REMACTO).',
    ),
    status: 'revised',
    versions: [
      {
        document: remactoDocument(1),
        publishedAt: '2023-06-15T10:00:00+01:00',
        note: t('النص الأول للميثاق', 'Premier texte de la charte'),
      },
      {
        document: remactoDocument(2),
        publishedAt: '2024-10-01T10:00:00+01:00',
        note: t('إضافة قيم الانفتاح وشروط العضوية', "Ajout des valeurs de l'ouverture et des conditions d'adhésion"),
      },
    ],
  },
  {
    id: 'national-participatory-democracy',
    title: { ar: 'الميثاق الوطني للديمقراطية التشاركية' },
    summary: {
      ar: 'مشروع ميثاق اقترحته اللجنة الوطنية للحوار الوطني حول المجتمع المدني وأدواره الدستورية الجديدة: مرتكزات الديمقراطية التشاركية ومبادئها وغاياتها، ومفاهيمها المرجعية، وآليات المشاركة المدنية ومستوياتها الأربعة، ومراحل القرار العمومي السبع، وأدوار الفاعلين المدني والعمومي والتزاماتهم.',
    },
    status: 'draft',
    versions: [
      {
        document: NATIONAL_CHARTER_DOCUMENT,
        publishedAt: '2014-03-01T10:00:00+00:00',
        note: { ar: 'مسودة الميثاق المقترحة في ختام الحوار الوطني حول المجتمع المدني' },
      },
    ],
  },
];

/**
 * Creates the demo charters with their two versions, once: a charter that exists is
 * left as it is, so staff edits survive restarts.
 */
export async function seedDemoCharters(tx: Queryable, communeId: string): Promise<void> {
  for (const [position, charter] of DEMO_CHARTERS.entries()) {
    const created = await tx.query(
      `INSERT INTO charters (id, commune_id, status, consultation, adoption, current_version, created_at)
       VALUES ($1, $2, $3, $4::jsonb, $5::jsonb, $6, timestamptz '2023-01-01 00:00:00+00' + make_interval(secs => $7))
       ON CONFLICT (id) DO NOTHING RETURNING id`,
      [charter.id, communeId, charter.status, charter.consultation ?? null, charter.adoption ?? null, charter.versions.length, position],
    );
    if (created.length === 0) continue;
    for (const [index, version] of charter.versions.entries()) {
      const previous = charter.versions[index - 1];
      await tx.query(
        `INSERT INTO charter_versions (charter_id, number, title, summary, note, document, changes, published_at)
         VALUES ($1, $2, $3::jsonb, $4::jsonb, $5::jsonb, $6::jsonb, $7::jsonb, $8::timestamptz)`,
        [
          charter.id,
          index + 1,
          charter.title,
          charter.summary,
          version.note,
          version.document,
          previous ? diffCharterDocuments(previous.document, version.document) : null,
          version.publishedAt,
        ],
      );
    }
  }
}
