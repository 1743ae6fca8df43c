import type { ProjectStatus } from '@mocharaka/core/contract';

/*
 * The programme's CSV, as communes keep it in a spreadsheet (docs/action-plan-csv.md):
 * one line per project, its axis repeated on each line. Each column is recognised by
 * its id or by its Arabic or French heading; the export writes the headings of one language.
 */

export interface CsvColumn {
  readonly id: string;
  readonly ar: string;
  readonly fr: string;
  readonly required?: boolean;
}

export const PROGRAMME_COLUMNS = [
  { id: 'axis_id', ar: 'رمز المحور', fr: 'code_axe', required: true },
  { id: 'axis_ar', ar: 'المحور', fr: 'axe_ar', required: true },
  { id: 'axis_fr', ar: 'المحور بالفرنسية', fr: 'axe' },
  { id: 'project_id', ar: 'رمز المشروع', fr: 'code_projet', required: true },
  { id: 'title_ar', ar: 'المشروع', fr: 'projet_ar', required: true },
  { id: 'title_fr', ar: 'المشروع بالفرنسية', fr: 'projet' },
  { id: 'neighbourhood_ar', ar: 'الحي', fr: 'quartier_ar' },
  { id: 'neighbourhood_fr', ar: 'الحي بالفرنسية', fr: 'quartier' },
  { id: 'budget_mad', ar: 'الميزانية بالدرهم', fr: 'budget_mad', required: true },
  { id: 'executed_mad', ar: 'المبلغ المنفذ بالدرهم', fr: 'execute_mad' },
  { id: 'planned_start', ar: 'البداية المبرمجة', fr: 'debut_prevu' },
  { id: 'planned_end', ar: 'النهاية المبرمجة', fr: 'fin_prevue' },
  { id: 'actual_start', ar: 'البداية الفعلية', fr: 'debut_reel' },
  { id: 'actual_end', ar: 'النهاية الفعلية', fr: 'fin_reelle' },
  { id: 'progress', ar: 'نسبة الإنجاز', fr: 'avancement' },
  { id: 'status', ar: 'الحالة', fr: 'statut', required: true },
] as const satisfies readonly CsvColumn[];

export type ColumnId = (typeof PROGRAMME_COLUMNS)[number]['id'];

/** What a status cell may say, besides the status id itself (compared without case or surrounding space). */
export const STATUS_WORDS: Record<ProjectStatus, readonly [ar: string, fr: string, ...others: string[]]> = {
  planned: ['مبرمج', 'programmé', 'مبرمجة', 'prévu', 'programme', 'prevu'],
  in_progress: ['في طور الإنجاز', 'en cours', 'قيد الإنجاز', 'في طور الانجاز', 'قيد الانجاز'],
  completed: ['منجز', 'achevé', 'منجزة', 'acheve', 'terminé', 'termine'],
  delayed: ['متأخر', 'en retard', 'متأخرة', 'متعثر'],
  suspended: ['متوقف', 'suspendu', 'متوقفة'],
};
