/** One exceljs workbook per unit from a tracked workbook; the caller writes them where it likes. */
import ExcelJS from 'exceljs';
import { unitExports } from '../../core/exports/unit-exports';
import type { PlannedWorkbook } from '../../core/report/plan-report';
import { planTrackedWorkbook, type TrackPlan, type TrackRequest } from '../../core/track/plan-workbook';
import { renderSheet } from './render-sheet';
import { workbookView } from './tracked-workbook';

export interface UnitWorkbook {
  unit: string;
  fileName: string;
  /** Tasks in the unit's sheet. */
  tasks: number;
  workbook: ExcelJS.Workbook;
}

export type UnitWorkbooks =
  { ok: true; plan: PlannedWorkbook; files: UnitWorkbook[] } | Extract<TrackPlan, { ok: false }>;

export function unitWorkbooks(tracked: ExcelJS.Workbook, request: TrackRequest): UnitWorkbooks {
  const plan = planTrackedWorkbook(workbookView(tracked), request);
  if (!plan.ok) return plan;
  const exports = unitExports(request.lang, plan.model, {
    asOf: request.asOf,
    source: plan.reading.sheet,
    title: plan.title,
  });
  const files = exports.map(({ unit, fileName, specs }) => {
    const workbook = new ExcelJS.Workbook();
    for (const spec of specs) renderSheet(workbook, spec);
    return { unit, fileName, tasks: specs[0].rows.length, workbook };
  });
  return { ok: true, plan, files };
}
