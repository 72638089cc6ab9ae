/** The monthly report of a planned tracked workbook: the figures the 月报 sheet of that plan shows. */
import { monthOf } from '../dates';
import type { TrackPlan } from '../track/plan-workbook';
import { monthlyReport, type MonthlyReport } from './report-model';

export type PlannedWorkbook = Extract<TrackPlan, { ok: true }>;

export function planReport(plan: PlannedWorkbook, month?: string): MonthlyReport {
  return monthlyReport(plan.model, {
    title: plan.title,
    month: month ?? monthOf(plan.model.asOf),
    snapshots: plan.meta.extra,
  });
}
