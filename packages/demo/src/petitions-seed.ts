import type { DataController, EligibilityBasis, LocalizedText, PetitionStatus } from '@mocharaka/core/contract';
import { deriveKeys, nationalIdHash, seal, type Queryable } from '@mocharaka/server/seeding';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Who processes signatories' data for the demo commune (law 09-08). */
const DEMO_DATA_CONTROLLER: DataController = {
  name: {
    ar: 'رئيس جماعة تارودانت',
    fr: 'Le président de la commune de Taroudant',
    en: 'The president of the commune of Taroudant',
  },
  contact: 'petitions@commune-taroudant.ma',
};

interface DemoPetition {
  id: string;
  title: LocalizedText;
  body: LocalizedText;
  demands: LocalizedText[];
  agent: string;
  /** Days from now. */
  opensIn: number;
  closesIn: number;
  history: Array<{ status: PetitionStatus; daysFromNow: number; note?: LocalizedText }>;
  paper: number;
  sampleSignatures: number;
}

const DEMO_PETITIONS: readonly DemoPetition[] = [
  {
    id: 'bab-zorgan-lane-lighting',
    title: {
      ar: 'إنارة وتبليط الزقاق المؤدي إلى باب الزرقان',
      fr: 'Éclairage et pavage de la ruelle menant à Bab Zorgan',
    },
    body: {
      ar:
        'الزقاق الذي يربط حي القصبة بباب الزرقان غير مبلط وبدون إنارة عمومية. يستعمله يوميا التلاميذ والتجار والمسنون، ' +
        'ويصبح موحلا في الشتاء ومظلما بعد المغرب، مما يعرض المارة للسقوط وللاعتداءات. نطلب من المجلس إدراج هذه الأشغال ' +
        'في برنامج عمل الجماعة، لأن الإنارة العمومية والطرق داخل المدار الحضري من اختصاصاتها الذاتية.',
      fr:
        "La ruelle qui relie le quartier de la Kasbah à Bab Zorgan n'est ni pavée ni éclairée. Élèves, commerçants et " +
        "personnes âgées l'empruntent chaque jour ; elle devient boueuse en hiver et obscure dès le maghreb, ce qui expose " +
        "les passants aux chutes et aux agressions. Nous demandons au conseil d'inscrire ces travaux au programme d'action " +
        "de la commune, l'éclairage public et la voirie urbaine relevant de ses compétences propres.",
    },
    demands: [
      { ar: 'تركيب أعمدة إنارة عمومية على طول الزقاق', fr: 'Installer des lampadaires sur toute la longueur de la ruelle' },
      { ar: 'تبليط الزقاق وإنجاز قناة لتصريف مياه الأمطار', fr: 'Paver la ruelle et y poser une rigole pour les eaux de pluie' },
      { ar: 'برمجة الأشغال في ميزانية السنة المقبلة', fr: "Programmer les travaux au budget de l'an prochain" },
    ],
    agent: 'فاطمة الزهراء أوبلا',
    opensIn: -21,
    closesIn: 60,
    history: [],
    paper: 23,
    sampleSignatures: 36,
  },
  {
    id: 'provincial-hospital-commune',
    title: {
      ar: 'مطالبة الجماعة ببناء مستشفى جديد بتارودانت',
      fr: 'Demande à la commune de construire un nouvel hôpital à Taroudant',
    },
    body: {
      ar: 'المستشفى الإقليمي مكتظ والمواعيد بعيدة. نطالب جماعة تارودانت ببناء مستشفى جديد وتجهيزه بالأطر والمعدات اللازمة.',
      fr:
        "L'hôpital provincial est saturé et les rendez-vous lointains. Nous demandons à la commune de Taroudant de " +
        'construire un nouvel hôpital et de le doter du personnel et des équipements nécessaires.',
    },
    demands: [
      { ar: 'بناء مستشفى جديد من طرف الجماعة', fr: 'Construction par la commune d’un nouvel hôpital' },
      { ar: 'توفير أطباء مختصين', fr: 'Affectation de médecins spécialistes' },
    ],
    agent: 'Mohamed Aït Lahcen',
    opensIn: -240,
    closesIn: -150,
    history: [
      { status: 'deposited', daysFromNow: -148 },
      { status: 'under_review', daysFromNow: -140 },
      {
        status: 'rejected',
        daysFromNow: -110,
        note: {
          ar:
            'قرر مكتب المجلس عدم قبول العريضة لأن موضوعها لا يدخل ضمن صلاحيات الجماعة كما تحددها المواد 77 إلى 83 ' +
            'من القانون التنظيمي 113.14: بناء المستشفيات وتجهيزها وتعيين الأطباء من اختصاص وزارة الصحة والحماية الاجتماعية. ' +
            'ننصح الوكيل بتوجيه الطلب إلى المندوبية الإقليمية للصحة بتارودانت أو إلى الوزارة عبر البوابة الوطنية للمشاركة المواطنة.',
          fr:
            'Le bureau du conseil déclare la pétition irrecevable : son objet ne relève pas des compétences de la commune ' +
            "telles que les fixent les articles 77 à 83 de la loi organique 113.14. La construction et l'équipement des " +
            "hôpitaux et l'affectation des médecins relèvent du ministère de la Santé et de la Protection sociale. Nous " +
            'invitons le mandataire à adresser sa demande à la délégation provinciale de la santé de Taroudant ou au ' +
            'ministère par le portail national de la participation citoyenne.',
        },
      },
    ],
    paper: 140,
    sampleSignatures: 0,
  },
];

const FIRST_NAMES = ['فاطمة', 'محمد', 'خديجة', 'الحسين', 'عائشة', 'إبراهيم', 'زينب', 'عبد الله', 'مريم', 'يوسف', 'حليمة', 'سعيد'];
const LAST_NAMES = ['أيت باها', 'الإدريسي', 'أوعلي', 'بوزيد', 'الصوصي', 'أمزيان', 'الحيحي', 'أوبلا', 'البعمراني', 'الروداني'];
const STREETS = ['درب القصبة', 'حي سيدي بلقاس', 'درب باب الزرقان', 'حي الفرق الأربعين', 'درب أسارك', 'حي تافلاكت'];

/**
 * The demo commune's petitions, written once: one collecting signatures now, one
 * rejected by the bureau with its reasons. Existing petitions are left as they are. With
 * `sampleSignatures`, the collecting one gets a few dozen fake signatures, hashed and
 * encrypted with the server's keys exactly like real ones.
 */
export async function seedDemoPetitions(
  tx: Queryable,
  communeId: string,
  options: { sampleSignatures?: { secretKey: string } } = {},
  now = Date.now(),
): Promise<void> {
  await tx.query(
    `UPDATE communes SET settings = settings || jsonb_build_object('dataController', $2::jsonb)
     WHERE id = $1 AND settings -> 'dataController' IS NULL`,
    [communeId, DEMO_DATA_CONTROLLER],
  );
  const keys = options.sampleSignatures && deriveKeys(options.sampleSignatures.secretKey);
  const at = (days: number) => new Date(now + days * DAY_MS).toISOString();
  for (const petition of DEMO_PETITIONS) {
    const status = petition.history.at(-1)?.status ?? 'collecting';
    const created = await tx.query(
      `INSERT INTO petitions (id, commune_id, title, body, demands, agent_name, status, opens_at, closes_at)
       VALUES ($1, $2, $3::jsonb, $4::jsonb, $5::jsonb, $6, $7, $8::timestamptz, $9::timestamptz)
       ON CONFLICT (id) DO NOTHING RETURNING id`,
      [
        petition.id,
        communeId,
        petition.title,
        petition.body,
        petition.demands,
        petition.agent,
        status,
        at(petition.opensIn),
        at(petition.closesIn),
      ],
    );
    if (created.length === 0) continue;
    const history = [
      { status: 'collecting', at: at(petition.opensIn), note: null as LocalizedText | null },
      ...petition.history.map((change) => ({ status: change.status, at: at(change.daysFromNow), note: change.note ?? null })),
    ];
    await tx.query(
      `INSERT INTO petition_status_changes (petition_id, status, at, note)
       SELECT $1, h.status, h.at, h.note FROM jsonb_to_recordset($2::jsonb) AS h (status text, at timestamptz, note jsonb)`,
      [petition.id, history],
    );
    await tx.query('INSERT INTO petition_paper_signatures (petition_id, count, note, recorded_at) VALUES ($1, $2, $3, $4::timestamptz)', [
      petition.id,
      petition.paper,
      'Demo: sheets handed in by the agent',
      at(Math.min(-1, petition.closesIn)),
    ]);
    if (!keys || petition.sampleSignatures === 0) continue;
    const rows = sampleSignatures(petition.sampleSignatures, now + petition.opensIn * DAY_MS, now).map((signature) => ({
      id_hash: nationalIdHash(keys.idHashKey, signature.nationalId).toString('hex'),
      personal_data: seal(keys.encryptionKey, JSON.stringify(signature.personal), petition.id).toString('hex'),
      signed_at: signature.signedAt,
    }));
    await tx.query(
      `INSERT INTO petition_signatures (petition_id, id_hash, personal_data, signed_at)
       SELECT $1, decode(s.id_hash, 'hex'), decode(s.personal_data, 'hex'), s.signed_at
       FROM jsonb_to_recordset($2::jsonb) AS s (id_hash text, personal_data text, signed_at timestamptz)
       ON CONFLICT (petition_id, id_hash) DO NOTHING`,
      [petition.id, rows],
    );
  }
}

/** Fake signatories with deterministic names and IDs, signed between `from` and `to`. */
function sampleSignatures(count: number, from: number, to: number) {
  return Array.from({ length: count }, (_, i) => {
    const nationalId = `JT${String(100000 + ((i * 7919) % 900000)).padStart(6, '0')}`;
    const eligibility: EligibilityBasis = i % 5 === 4 ? 'economic' : 'resident';
    return {
      nationalId,
      personal: {
        fullName: `${FIRST_NAMES[i % FIRST_NAMES.length]} ${LAST_NAMES[(i * 3) % LAST_NAMES.length]}`,
        nationalId,
        address: `${1 + ((i * 13) % 90)}، ${STREETS[i % STREETS.length]}، تارودانت`,
        eligibility,
      },
      signedAt: new Date(from + ((to - from - 60_000) * (i + 1)) / (count + 1)).toISOString(),
    };
  });
}
