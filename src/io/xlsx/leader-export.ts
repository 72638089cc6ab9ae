/** The leaders' workbook from a tracked workbook: a new exceljs workbook holding only the leader sheets. */
import ExcelJS from 'exceljs';
import { leaderSheets } from '../../core/exports/leader-export';
import { planReport, type PlannedWorkbook } from '../../core/report/plan-report';
import type { MonthlyReport } from '../../core/report/report-model';
import { planTrackedWorkbook, type TrackPlan, type TrackRequest } from '../../core/track/plan-workbook';
import { renderSheet } from './render-sheet';
import { workbookView } from './tracked-workbook';

export type LeaderExport =
  | { ok: true; plan: PlannedWorkbook; report: MonthlyReport; workbook: ExcelJS.Workbook }
  | Extract<TrackPlan, { ok: false }>;

export function leaderWorkbook(tracked: ExcelJS.Workbook, request: TrackRequest): LeaderExport {
  const plan = planTrackedWorkbook(workbookView(tracked), request);
  if (!plan.ok) return plan;
  const report = planReport(plan, request.reportMonth);
  const workbook = new ExcelJS.Workbook();
  for (const spec of leaderSheets(request.lang, report)) renderSheet(workbook, spec);
  return { ok: true, plan, report, workbook };
}
