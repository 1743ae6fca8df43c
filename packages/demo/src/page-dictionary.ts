import { SUPPORTED_LOCALES, type Locale } from '@mocharaka/core/locales';

/** The demo commune website's own words (its chrome, not our elements') in the elements' languages. */
export const PAGE_LANGUAGES = SUPPORTED_LOCALES;
export type PageLanguage = Locale;

export interface PageStrings {
  languageName: string;
  communeName: string;
  region: string;
  skipToContent: string;
  navHome: string;
  navCouncil: string;
  navServices: string;
  navParticipation: string;
  navContact: string;
  languageSwitch: string;
  newsTitle: string;
  news: ReadonlyArray<{ date: string; title: string; text: string }>;
  civilStatusTitle: string;
  civilStatusText: string;
  civilStatusHours: string;
  ratingFallback: string;
  scoresTitle: string;
  scoresText: string;
  scoresFallback: string;
  participationTitle: string;
  participationText: string;
  petitionFallback: string;
  charterFallback: string;
  consultationFallback: string;
  charterConsultationFallback: string;
  suggestionsTitle: string;
  suggestionsText: string;
  suggestionsFallback: string;
  meetingsTitle: string;
  meetingsText: string;
  meetingsFallback: string;
  actionPlanTitle: string;
  actionPlanText: string;
  actionPlanFallback: string;
  contactTitle: string;
  contactText: string;
  footer: string;
}

export const PAGE_STRINGS: Record<PageLanguage, PageStrings> = {
  ar: {
    languageName: 'العربية',
    communeName: 'جماعة تارودانت',
    region: 'جهة سوس ماسة',
    skipToContent: 'انتقل إلى المحتوى',
    navHome: 'الرئيسية',
    navCouncil: 'المجلس الجماعي',
    navServices: 'الخدمات',
    navParticipation: 'المشاركة المواطنة',
    navContact: 'اتصل بنا',
    languageSwitch: 'اللغة',
    newsTitle: 'مستجدات الجماعة',
    news: [
      {
        date: '2026-11-20',
        title: 'انعقاد الدورة العادية لشهر أكتوبر',
        text: 'صادق المجلس الجماعي على برنامج تأهيل الساحات العمومية داخل الأسوار.',
      },
      {
        date: '2026-11-12',
        title: 'توسيع ساعات استقبال مكتب الحالة المدنية',
        text: 'يستقبل المكتب المواطنين يوم السبت صباحاً ابتداءً من الشهر المقبل.',
      },
    ],
    civilStatusTitle: 'مكتب الحالة المدنية',
    civilStatusText: 'تسجيل الولادات والوفيات، نسخ عقود الحالة المدنية والشواهد الإدارية.',
    civilStatusHours: 'من الاثنين إلى الجمعة، من 8:30 إلى 16:30',
    ratingFallback: 'أعطنا رأيك في خدمة الحالة المدنية',
    scoresTitle: 'رضا المواطنين عن خدماتنا',
    scoresText: 'تنشر الجماعة نتائج قياس رضا المرتفقين عن كل خدمة، شهرا بشهر.',
    scoresFallback: 'نتائج قياس رضا المرتفقين',
    participationTitle: 'المشاركة المواطنة',
    participationText: 'العرائض والتشاور العمومي وميثاق المشاركة، تطبيقاً للقانون التنظيمي 113.14.',
    petitionFallback: 'عريضة: إنارة وتبليط الزقاق المؤدي إلى باب الزرقان — اتصلوا بالجماعة للتوقيع',
    charterFallback: 'ميثاق المشاركة المواطنة لجماعة تارودانت — اطلبوا نسخة منه لدى مقر الجماعة',
    consultationFallback: 'التشاور العمومي: أولويات برنامج عمل الجماعة — اتصلوا بالجماعة للمشاركة',
    charterConsultationFallback: 'نتائج التشاور العمومي حول مسودة ميثاق المشاركة المواطنة (3-15 أبريل 2024)',
    suggestionsTitle: 'فضاء الاقتراحات والملاحظات',
    suggestionsText: 'أرسلوا اقتراحاتكم وملاحظاتكم إلى الجماعة، وتتبعوها برمز التتبع إلى أن تجيب الجماعة جوابا مؤرخا.',
    suggestionsFallback: 'للاقتراحات والملاحظات: مكتب الضبط بمقر الجماعة',
    meetingsTitle: 'اللقاءات المواطنة',
    meetingsText:
      'تلتقي الجماعة بالساكنة والجمعيات في لقاءات مفتوحة. سجلوا حضوركم، وأضيفوا اللقاء إلى مفكرتكم، واقرؤوا محاضر اللقاءات السابقة وقراراتها.',
    meetingsFallback: 'مواعيد اللقاءات المواطنة معلقة بمقر الجماعة',
    actionPlanTitle: 'برنامج عمل الجماعة وتتبع الميثاق',
    actionPlanText: 'المشاريع وميزانياتها وتقدم إنجازها، والتزامات ميثاق المشاركة المواطنة ومؤشراتها. يمكنكم التعليق على كل مشروع.',
    actionPlanFallback: 'برنامج عمل الجماعة متوفر بمقر الجماعة',
    contactTitle: 'اتصل بنا',
    contactText: 'مقر الجماعة، شارع محمد الخامس، تارودانت',
    footer: 'جماعة تارودانت — الموقع الرسمي (صفحة تجريبية)',
  },
  fr: {
    languageName: 'Français',
    communeName: 'Commune de Taroudant',
    region: 'Région Souss-Massa',
    skipToContent: 'Aller au contenu',
    navHome: 'Accueil',
    navCouncil: 'Conseil communal',
    navServices: 'Services',
    navParticipation: 'Participation citoyenne',
    navContact: 'Contact',
    languageSwitch: 'Langue',
    newsTitle: 'Actualités de la commune',
    news: [
      {
        date: '2026-11-20',
        title: "Session ordinaire d'octobre",
        text: 'Le conseil communal a adopté le programme de réhabilitation des places publiques intra-muros.',
      },
      {
        date: '2026-11-12',
        title: "Horaires élargis au bureau d'état civil",
        text: 'Le bureau accueillera les citoyens le samedi matin à partir du mois prochain.',
      },
    ],
    civilStatusTitle: "Bureau d'état civil",
    civilStatusText: "Déclarations de naissance et de décès, copies d'actes d'état civil et attestations administratives.",
    civilStatusHours: 'Du lundi au vendredi, de 8 h 30 à 16 h 30',
    ratingFallback: "Donnez votre avis sur le service d'état civil",
    scoresTitle: 'La satisfaction des citoyens envers nos services',
    scoresText: 'La commune publie, mois par mois, la satisfaction des usagers pour chaque service.',
    scoresFallback: 'Résultats de la mesure de satisfaction',
    participationTitle: 'Participation citoyenne',
    participationText: 'Pétitions, consultations publiques et charte de participation, en application de la loi organique 113.14.',
    petitionFallback: 'Pétition : éclairage et pavage de la ruelle menant à Bab Zorgan — contactez la commune pour signer',
    charterFallback: 'Charte de la participation citoyenne de Taroudant — demandez-en un exemplaire à la commune',
    consultationFallback: 'Consultation publique : les priorités du programme d’action — contactez la commune pour participer',
    charterConsultationFallback: 'Résultats de la consultation sur le projet de charte de la participation citoyenne (3-15 avril 2024)',
    suggestionsTitle: 'Suggestions et remarques',
    suggestionsText: 'Envoyez vos suggestions et remarques à la commune, et suivez-les avec leur code jusqu’à sa réponse datée.',
    suggestionsFallback: 'Suggestions et remarques : bureau d’ordre de la commune',
    meetingsTitle: 'Rencontres citoyennes',
    meetingsText:
      'La commune rencontre les habitants et les associations lors de rencontres ouvertes. Inscrivez-vous, ajoutez la rencontre à votre agenda et lisez les comptes rendus et décisions des rencontres passées.',
    meetingsFallback: 'Les dates des rencontres citoyennes sont affichées au siège de la commune',
    actionPlanTitle: 'Programme d’action et suivi de la charte',
    actionPlanText:
      'Les projets, leurs budgets et leur avancement, et les engagements de la charte de participation avec leurs indicateurs. Vous pouvez commenter chaque projet.',
    actionPlanFallback: 'Le programme d’action est consultable au siège de la commune',
    contactTitle: 'Contact',
    contactText: 'Siège de la commune, avenue Mohammed V, Taroudant',
    footer: 'Commune de Taroudant — site officiel (page de démonstration)',
  },
  zgh: {
    languageName: 'ⵜⴰⵎⴰⵣⵉⵖⵜ',
    communeName: 'ⵜⴰⵎⴰⵙⵙⴰⵏⵜ ⵏ ⵜⴰⵔⵓⴷⴰⵏⵜ',
    region: 'ⵜⴰⵙⴳⴰ ⵏ ⵙⵓⵙ ⵎⴰⵙⵙⴰ',
    skipToContent: 'ⴷⴷⵓ ⵖⵔ ⵜⵓⵎⴰⵢⵜ',
    navHome: 'ⴰⵙⵏⵓⴱⴳ',
    navCouncil: 'ⴰⴳⵔⴰⵡ ⵏ ⵜⵎⴰⵙⵙⴰⵏⵜ',
    navServices: 'ⵜⵉⵏⴰⴼⵓⵜⵉⵏ',
    navParticipation: 'ⴰⵙⵎⵓⵏ ⴰⵖⵔⴼⴰⵏ',
    navContact: 'ⴰⵎⵢⴰⵡⴰⴹ',
    languageSwitch: 'ⵜⵓⵜⵍⴰⵢⵜ',
    newsTitle: 'ⵉⵏⵖⵎⵉⵙⵏ ⵏ ⵜⵎⴰⵙⵙⴰⵏⵜ',
    news: [
      {
        date: '2026-11-20',
        title: 'ⴰⵎⵓⵏ ⵏ ⵓⴳⵔⴰⵡ ⵏ ⵓⴽⵜⵓⴱⵔ',
        text: 'ⵢⵓⵙⵔⴰ ⵓⴳⵔⴰⵡ ⴰⵖⴰⵡⴰⵙ ⵏ ⵓⵙⵏⴼⵍ ⵏ ⵉⵎⵓⴽⴰⵏ ⵉⵎⴰⵜⴰⵢⵏ.',
      },
      {
        date: '2026-11-12',
        title: 'ⵜⵉⵙⵔⴰⴳⵉⵏ ⵜⵉⵎⴰⵢⵏⵓⵜⵉⵏ ⵏ ⵓⵙⵏⵓⴱⴳ',
        text: 'ⴰⴷ ⵢⴰⵙⵏⵓⴱⴳ ⵓⵙⵏⵓⵔⵉ ⵉⵖⵔⵎⴰⵏⵏ ⴰⵙⵙ ⵏ ⵙⵙⴱⵜ ⵜⵉⴼⴰⵡⵜ.',
      },
    ],
    civilStatusTitle: 'ⴰⵙⵏⵓⵔⵉ ⵏ ⵓⴷⴷⴰⴷ ⵉⵖⵍⵍⵉ',
    civilStatusText: 'ⴰⵙⵏⵎⴰⵍ ⵏ ⵜⵍⴰⵍⵉⵜ ⴷ ⵜⵎⵜⵜⴰⵏⵜ, ⵜⵉⵏⵖⵍⵉⵏ ⵏ ⵉⵣⵎⴰⵎⵏ ⴷ ⵜⵉⴳⴰⵡⵉⵏ ⵜⵉⵙⴷⴰⵡⵉⵏⵉⵏ.',
    civilStatusHours: 'ⵙⴳ ⵡⴰⵢⵏⴰⵙ ⴰⵔ ⴰⵙⵉⵎⵡⴰⵙ, 8:30 – 16:30',
    ratingFallback: 'ⵙⵙⵓⴼⵖ ⴰⵏⵏⴰⵥ ⵏⵏⴽ ⵅⴼ ⵜⵏⴰⴼⵓⵜ ⵏ ⵓⴷⴷⴰⴷ ⵉⵖⵍⵍⵉ',
    scoresTitle: 'ⵜⵓⵔⴹⵉⵜ ⵏ ⵉⵖⵔⵎⴰⵏⵏ ⵙ ⵜⵏⴰⴼⵓⵜⵉⵏ ⵏⵏⵖ',
    scoresText: 'ⵜⴰⴳⵎⵎⴰⵢⵜ ⵜⵙⵙⵓⴼⵓⵖ ⵜⵓⵔⴹⵉⵜ ⵏ ⵉⵎⵙⵙⵎⵔⵙⵏ ⵙ ⴽⵓ ⵜⴰⵏⴰⴼⵓⵜ, ⴰⵢⵢⵓⵔ ⵙ ⵡⴰⵢⵢⵓⵔ.',
    scoresFallback: 'ⵜⵉⵢⴰⴼⵓⵜⵉⵏ ⵏ ⵜⵓⵔⴹⵉⵜ',
    participationTitle: 'ⴰⵙⵎⵓⵏ ⴰⵖⵔⴼⴰⵏ',
    participationText: 'ⵜⵉⵙⵓⵜⵔⴰ, ⴰⵎⵙⴰⵡⴰⵍ ⴰⵎⴰⵜⴰⵢ ⴷ ⵓⵎⵓⵔⵙ ⵏ ⵓⵙⵎⵓⵏ, ⵙ ⵓⵏⵎⵓⵍⵍⵉ ⵏ ⵓⵙⵍⴳⵏ 113.14.',
    petitionFallback: 'ⵜⴰⵙⵓⵜⵔⵜ: ⴰⵙⴼⵙⵉ ⴷ ⵓⵙⵏⴼⵍ ⵏ ⵓⵣⵏⵇⵇ ⵏ ⴱⴰⴱ ⵣⵔⴳⴰⵏ — ⵎⵢⴰⵡⴰⴹ ⴷ ⵜⴳⵎⵓⵏⵜ ⴰⴷ ⵜⵙⴳⵎⵉⴷ',
    charterFallback: 'ⵜⴰⴳⵔⴰⵡⵜ ⵏ ⵜⵏⴰⵎⵓⵔⵜ ⵏ ⵜⴳⵎⵓⵏⵜ ⵏ ⵜⴰⵔⵓⴷⴰⵏⵜ — ⵙⵜⴰⵢ ⵜⴰⵏⵖⵍⵜ ⵏⵏⵙ ⴳ ⵜⴳⵎⵓⵏⵜ',
    consultationFallback: 'ⴰⵙⵎⵓⵏ ⴰⴳⴷⵓⴷⴰⵏ: ⵜⵉⵣⵡⵉⵔⵉⵏ ⵏ ⵓⵖⴰⵡⴰⵙ ⵏ ⵜⴳⵎⵓⵏⵜ — ⵎⵢⴰⵡⴰⴹ ⴷ ⵜⴳⵎⵓⵏⵜ',
    charterConsultationFallback: 'ⵜⵉⵢⴰⴼⵓⵜⵉⵏ ⵏ ⵓⵙⵎⵓⵏ ⵖⴼ ⵓⵙⵏⵖⵎⵉⵙ ⵏ ⵜⴳⴰⵡⵙⵉⵡⵜ ⵏ ⵜⵓⵎⵙⵉⵏⵜ (3-15 ⵉⴱⵔⵉⵔ 2024)',
    suggestionsTitle: 'ⵉⵙⵓⵎⴰⵔ ⴷ ⵜⵏⴰⵏⵉⴳⵉⵏ',
    suggestionsText: 'ⴰⵣⵏⴰⵜ ⵉⵙⵓⵎⴰⵔ ⴷ ⵜⵏⴰⵏⵉⴳⵉⵏ ⵏⵏⵓⵏ ⵉ ⵜⵎⵙⵙⵓⴷⵙⵜ, ⵜⴹⴼⴼⵕⵎ ⵜⵏ ⵙ ⵜⵏⴳⵍⵜ ⵏ ⵓⴹⴼⴼⵓⵕ ⴰⵔ ⴷ ⵜⵔⴰⵔ.',
    suggestionsFallback: 'ⵉⵙⵓⵎⴰⵔ ⴷ ⵜⵏⴰⵏⵉⴳⵉⵏ: ⴰⴱⵉⵔⵓ ⵏ ⵜⵎⵙⵙⵓⴷⵙⵜ',
    meetingsTitle: 'ⵉⵎⵢⴰⴳⴰⵔⵏ ⵏ ⵉⵖⵔⵎⴰⵏⵏ',
    meetingsText: 'ⵜⵎⵢⴰⴳⴰⵔ ⵜⵎⴰⵙⵙⴰⵏⵜ ⴷ ⵉⵎⵣⴷⴰⵖ ⴷ ⵜⵎⵓⵙⵙⵓⵏⵉⵏ. ⵣⵎⵎⴻⵎ, ⵔⵏⵓ ⴰⵎⵢⴰⴳⴰⵔ ⵖⵔ ⵓⵡⵜⴰⵢ ⵏⵏⴽ, ⵖⵔ ⵉⵎⵙⵍⴰⵢⵏ ⵏ ⵉⵎⵢⴰⴳⴰⵔⵏ ⵉⵣⵔⵉⵏ.',
    meetingsFallback: 'ⵉⵣⵎⵣⴰ ⵏ ⵉⵎⵢⴰⴳⴰⵔⵏ ⵍⵍⴰⵏ ⴳ ⵜⵎⴰⵙⵙⴰⵏⵜ',
    actionPlanTitle: 'ⴰⵖⴰⵡⴰⵙ ⵏ ⵜⵉⴳⴰⵡⵜ ⴷ ⵓⴹⴼⴼⵓⵕ ⵏ ⵜⵎⵓⵔⵙⴰ',
    actionPlanText: 'ⵉⵙⵏⴼⴰⵔⵏ, ⵜⴰⵙⵏⵜⵉⵍⵉⵏ ⵏⵏⵙⵏ ⴷ ⵓⵏⴰⵎⵓ ⵏⵏⵙⵏ, ⴷ ⵉⵙⵖⴰⵍ ⵏ ⵜⵎⵓⵔⵙⴰ.',
    actionPlanFallback: 'ⴰⵖⴰⵡⴰⵙ ⵏ ⵜⵉⴳⴰⵡⵜ ⵍⵍⴰ ⴳ ⵜⵎⴰⵙⵙⴰⵏⵜ',
    contactTitle: 'ⴰⵎⵢⴰⵡⴰⴹ',
    contactText: 'ⴰⵙⵡⵉⵔ ⵏ ⵜⵎⴰⵙⵙⴰⵏⵜ, ⴰⴱⵔⵉⴷ ⵎⵓⵃⵎⵎⴷ V, ⵜⴰⵔⵓⴷⴰⵏⵜ',
    footer: 'ⵜⴰⵎⴰⵙⵙⴰⵏⵜ ⵏ ⵜⴰⵔⵓⴷⴰⵏⵜ — ⴰⵙⵉⵜ ⵓⵏⵚⵉⴱ (ⵜⴰⵙⵏⴰ ⵏ ⵓⵙⴽⴰⵏ)',
  },
  en: {
    languageName: 'English',
    communeName: 'Commune of Taroudant',
    region: 'Souss-Massa Region',
    skipToContent: 'Skip to content',
    navHome: 'Home',
    navCouncil: 'Communal council',
    navServices: 'Services',
    navParticipation: 'Citizen participation',
    navContact: 'Contact',
    languageSwitch: 'Language',
    newsTitle: 'Commune news',
    news: [
      {
        date: '2026-11-20',
        title: 'October ordinary session',
        text: 'The communal council adopted the programme to restore the public squares inside the ramparts.',
      },
      {
        date: '2026-11-12',
        title: 'Longer opening hours at the civil-status office',
        text: 'From next month the office will also receive citizens on Saturday mornings.',
      },
    ],
    civilStatusTitle: 'Civil-status office',
    civilStatusText: 'Registering births and deaths, copies of civil-status records and administrative certificates.',
    civilStatusHours: 'Monday to Friday, 8:30 to 16:30',
    ratingFallback: 'Tell us what you think of the civil-status service',
    scoresTitle: 'How satisfied citizens are with our services',
    scoresText: 'The commune publishes, month by month, how satisfied users are with each service.',
    scoresFallback: 'Satisfaction survey results',
    participationTitle: 'Citizen participation',
    participationText: 'Petitions, public consultations and the participation charter, under organic law 113.14.',
    petitionFallback: 'Petition: lighting and paving of the lane to Bab Zorgan — contact the commune to sign',
    charterFallback: 'Citizen participation charter of Taroudant — ask the commune for a copy',
    consultationFallback: "Public consultation: the priorities of the commune's action programme — contact the commune to take part",
    charterConsultationFallback: 'Results of the consultation on the draft citizen-participation charter (3-15 April 2024)',
    suggestionsTitle: 'Suggestions and remarks',
    suggestionsText: 'Send the commune your suggestions and remarks, and follow them with their code until its dated answer.',
    suggestionsFallback: 'Suggestions and remarks: the commune’s registry office',
    meetingsTitle: 'Citizen meetings',
    meetingsText:
      'The commune meets residents and associations in open meetings. Register, add the meeting to your calendar, and read the minutes and decisions of past meetings.',
    meetingsFallback: 'The dates of citizen meetings are posted at the commune’s offices',
    actionPlanTitle: 'Action programme and charter follow-up',
    actionPlanText:
      'The projects, their budgets and progress, and the participation charter’s commitments with their indicators. You can comment on each project.',
    actionPlanFallback: 'The action programme can be consulted at the commune’s offices',
    contactTitle: 'Contact',
    contactText: 'Commune headquarters, Mohammed V avenue, Taroudant',
    footer: 'Commune of Taroudant — official website (demo page)',
  },
};

export function pageLanguage(requested: string | undefined): PageLanguage {
  return PAGE_LANGUAGES.find((language) => language === requested) ?? 'ar';
}
