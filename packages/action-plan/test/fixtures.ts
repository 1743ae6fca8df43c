import type { ActionPlan, ProjectComment } from '@mocharaka/core';

/** A part of Taroudant's action programme (three projects on two axes, one charter commitment), shared by the element's tests and its stories. */
export const PLAN: ActionPlan = {
  id: 'taroudant-2022-2027',
  title: { ar: 'برنامج عمل جماعة تارودانت', fr: 'Programme d’action de Taroudant' },
  period: { from: 2022, to: 2027 },
  charterId: 'taroudant-participation',
  projectCount: 3,
  axes: [
    { id: '1', title: { ar: 'النظافة والمساحات الخضراء', fr: 'Propreté et espaces verts' } },
    { id: '2', title: { ar: 'الطرق والإنارة', fr: 'Voirie et éclairage' } },
  ],
  projects: [
    {
      id: '1-2',
      axisId: '1',
      title: { ar: 'تهيئة حديقة باب الزرقان', fr: 'Jardin de Bab Zorgane' },
      neighbourhood: { ar: 'باب الزرقان', fr: 'Bab Zorgane' },
      budget: 2_400_000,
      executed: 960_000,
      planned: { start: '2024-03-01', end: '2025-06-30' },
      actual: { start: '2024-05-20' },
      progress: 45,
      status: 'in_progress',
      updates: [{ date: '2025-03-12', text: { ar: 'بدأ غرس الأشجار', fr: 'La plantation a commencé' }, progress: 45 }],
      commentCount: 1,
    },
    {
      id: '1-3',
      axisId: '1',
      title: { ar: 'غرس الأشجار على طول السور', fr: 'Arbres le long des remparts' },
      neighbourhood: { ar: 'القصبة', fr: 'La Kasbah' },
      budget: 750_000,
      executed: 120_000,
      planned: { start: '2024-10-01', end: '2025-04-30' },
      actual: {},
      progress: 20,
      status: 'delayed',
      updates: [],
      commentCount: 0,
    },
    {
      id: '2-2',
      axisId: '2',
      title: { ar: 'تبليط طريق سوق الخميس', fr: 'Route du souk El Khemis' },
      budget: 4_500_000,
      executed: 0,
      planned: { start: '2025-09-01', end: '2026-06-30' },
      actual: {},
      progress: 0,
      status: 'planned',
      updates: [],
      commentCount: 0,
    },
  ],
  totals: {
    projects: 3,
    byStatus: { planned: 1, in_progress: 1, completed: 0, delayed: 1, suspended: 0 },
    budget: 7_650_000,
    executed: 1_080_000,
  },
  commitments: [
    {
      id: 'means',
      party: 'commune',
      text: { ar: 'توفير الوسائل اللازمة للمشاركة', fr: 'Fournir les moyens de la participation' },
      indicators: [{ id: 'tools', label: { ar: 'أدوات المشاركة الرقمية', fr: 'Outils numériques' }, target: 6, value: 5 }],
    },
    {
      id: 'follow',
      party: 'associations',
      text: { ar: 'التتبع الموضوعي لمشاريع المجلس', fr: 'Suivre les projets du conseil' },
      indicators: [],
    },
  ],
  evaluations: [
    {
      date: '2025-07-15',
      title: { ar: 'تقرير التقييم نصف السنوي', fr: 'Rapport semestriel' },
      summary: { ar: 'تقدم في الأدوات الرقمية', fr: 'Progrès sur les outils numériques' },
    },
  ],
  updatedAt: '2025-07-15T10:00:00.000Z',
};

/** The published comments of project 1-2, one answered by the commune. */
export const COMMENTS: ProjectComment[] = [
  {
    reference: 'COM-AAAA-0001',
    submittedAt: '2025-03-20T10:15:00.000Z',
    text: 'نرجو تخصيص كراسي مظللة للمسنين',
    answer: { date: '2025-03-28', text: { ar: 'أضيفت عشرة كراسي', fr: 'Dix bancs ont été ajoutés' } },
  },
];
