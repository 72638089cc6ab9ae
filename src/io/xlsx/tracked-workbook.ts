/** Building or refreshing the tracked workbook inside an exceljs workbook (the CLI's and the page's path). */
import type ExcelJS from 'exceljs';
import {
  planTrackedWorkbook,
  type TrackPlan,
  type TrackRequest,
  type WorkbookView,
} from '../../core/track/plan-workbook';
import { gridFromWorksheet } from './grid-from-worksheet';
import { renderSheet } from './render-sheet';

export function workbookView(workbook: ExcelJS.Workbook): WorkbookView {
  return {
    sheetNames: workbook.worksheets.map((ws) => ws.name),
    grid: (name) => {
      const ws = workbook.getWorksheet(name);
      if (!ws) throw new Error(`no sheet ${name}`);
      return gridFromWorksheet(ws);
    },
  };
}

/** Replaces the sheets of an earlier build with the planned ones. */
export function renderTrackPlan(workbook: ExcelJS.Workbook, plan: Extract<TrackPlan, { ok: true }>): void {
  for (const name of plan.replace) {
    const ws = workbook.getWorksheet(name);
    if (ws) workbook.removeWorksheet(ws.id);
  }
  for (const spec of plan.specs) renderSheet(workbook, spec);
}

/** Plans the build, then renders it into the workbook. */
export function applyTrackPlan(workbook: ExcelJS.Workbook, request: TrackRequest): TrackPlan {
  const plan = planTrackedWorkbook(workbookView(workbook), request);
  if (plan.ok) renderTrackPlan(workbook, plan);
  return plan;
}
