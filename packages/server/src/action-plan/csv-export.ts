import type { ActionPlan } from '@mocharaka/core/contract';
import { toCsv } from '../http/csv.js';
import { PROGRAMME_COLUMNS, STATUS_WORDS, type ColumnId } from './csv-format.js';

/** The programme's projects in the import format, headings and statuses in `lang` (`fr`, else Arabic): exported, edited, imported back. */
export function programmeCsv(plan: ActionPlan, lang: 'ar' | 'fr'): string {
  const axes = new Map(plan.axes.map((axis) => [axis.id, axis]));
  const rows = plan.projects.map((project) => {
    const axis = axes.get(project.axisId);
    const cells: Record<ColumnId, string | number | undefined> = {
      axis_id: project.axisId,
      axis_ar: axis?.title.ar,
      axis_fr: axis?.title.fr,
      project_id: project.id,
      title_ar: project.title.ar,
      title_fr: project.title.fr,
      neighbourhood_ar: project.neighbourhood?.ar,
      neighbourhood_fr: project.neighbourhood?.fr,
      budget_mad: project.budget,
      executed_mad: project.executed,
      planned_start: project.planned.start,
      planned_end: project.planned.end,
      actual_start: project.actual.start,
      actual_end: project.actual.end,
      progress: project.progress,
      status: STATUS_WORDS[project.status][lang === 'fr' ? 1 : 0],
    };
    return PROGRAMME_COLUMNS.map((column) => cells[column.id]);
  });
  return toCsv(
    PROGRAMME_COLUMNS.map((column) => column[lang]),
    rows,
  );
}
