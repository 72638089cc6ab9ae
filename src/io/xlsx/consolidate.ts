/**
 * Merging returned unit workbooks into a tracked exceljs workbook: the merge is planned in the core,
 * the owned sheets are regenerated from the merged entries, and a 合并记录 sheet is added.
 */
import type ExcelJS from 'exceljs';
import { mergeLogSheet } from '../../core/exports/merge-log-sheet';
import { mergeReturns, type MergeResult } from '../../core/exports/merge-returns';
import { mergedEntries, viewWithEntries } from '../../core/exports/merged-view';
import { readReturn } from '../../core/exports/return-reading';
import type { PlannedWorkbook } from '../../core/report/plan-report';
import { claimSheetName } from '../../core/sheets/sheet-names';
import { planTrackedWorkbook, type TrackPlan, type TrackRequest } from '../../core/track/plan-workbook';
import { t } from '../../i18n';
import { renderSheet } from './render-sheet';
import { workbookView } from './tracked-workbook';

export interface ReturnedWorkbook {
  /** The name the log shows for the file. */
  file: string;
  /** null when the file could not be opened; `error` says why. */
  workbook: ExcelJS.Workbook | null;
  error?: string;
}

export type Consolidation =
  | { ok: true; plan: PlannedWorkbook; result: MergeResult; logSheet: string }
  | Extract<TrackPlan, { ok: false }>
  | { ok: false; reason: 'not_tracked' };

export function consolidateReturns(
  master: ExcelJS.Workbook,
  returns: readonly ReturnedWorkbook[],
  request: TrackRequest,
): Consolidation {
  const view = workbookView(master);
  const before = planTrackedWorkbook(view, request);
  if (!before.ok) return before;
  if (!before.replace.includes(before.names.tracker)) return { ok: false, reason: 'not_tracked' };

  const result = mergeReturns(
    request.lang,
    before.model,
    returns.map(({ file, workbook, error }) => ({
      file,
      reading: workbook ? readReturn(workbookView(workbook)) : null,
      error,
    })),
  );
  const merged = viewWithEntries(
    view,
    request.lang,
    before.names.tracker,
    mergedEntries(before.model, result.updates),
  );
  const plan = planTrackedWorkbook(merged, { ...request, notes: result.notes });
  if (!plan.ok) return plan;

  for (const name of plan.replace) {
    const ws = master.getWorksheet(name);
    if (ws) master.removeWorksheet(ws.id);
  }
  for (const spec of plan.specs) renderSheet(master, spec);
  const logSheet = claimSheetName(
    t(request.lang, 'merge.sheetName', { date: request.asOf }),
    master.worksheets.map((ws) => ws.name),
    [],
  );
  renderSheet(master, mergeLogSheet(request.lang, result, logSheet, request.asOf));
  return { ok: true, plan, result, logSheet };
}
