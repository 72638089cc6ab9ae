/**
 * Inside Excel: detection and the build through the Office.js gateway (the planner runs on the page,
 * the writes must), exports and merges in the worker from the sheets the gateway read, breakdown
 * sheets made from a plan's text written as new sheets.
 */
import { newBreakdownSpecs } from '../../core/extract/breakdown-specs';
import type { Grid } from '../../core/grid';
import { META_SHEET_NAME } from '../../core/sheets/meta-sheet';
import { readSheet } from '../../core/read/read-sheet';
import {
  readSnapshot,
  readTrackedSheets,
  selectRange,
  readSelection,
  trackInExcel,
  writeSheets,
  type GatewayDeps,
} from '../../io/office/gateway';
import { planFailure } from '../errors';
import { buildSummary } from '../model/build-summary';
import { detectionOf } from '../model/detection';
import { readOptionsOf, trackRequest, type PaneSettings } from '../model/settings';
import type { WorkerClient } from './worker-client';
import { namedBytes, type OnProgress, type OpenedWorkbook, type PaneBackend } from './types';

export function excelBackend(deps: GatewayDeps, worker: WorkerClient): PaneBackend {
  // The source sheet as last read, so changing a column's role does not read Excel again.
  let cached: Grid | null = null;

  async function sourceGrid(sheet: string, reread: boolean): Promise<Grid> {
    if (!cached || cached.sheetName !== sheet || reread) cached = (await readSnapshot(deps, sheet)).grid;
    return cached;
  }

  async function tracked(settings: PaneSettings, onProgress: OnProgress) {
    const { sheetNames, grids } = await readTrackedSheets(deps, settings.sheet, onProgress);
    return { sheetNames, grids };
  }

  /** The workbook's sheets, reading `preferred` (a sheet just inserted) as the source where it exists. */
  async function openAt(preferred?: string): Promise<OpenedWorkbook> {
    const snapshot = await readSnapshot(deps, preferred);
    cached = snapshot.grid;
    const owned = new Set([META_SHEET_NAME, ...Object.values(snapshot.meta?.sheets ?? {})]);
    return {
      fileName: null,
      sheets: snapshot.sheets
        .filter((s) => s.visibility === 'Visible' && !owned.has(s.name))
        .map((s) => s.name),
      meta: snapshot.meta,
      sheet: snapshot.sheet,
      dropped: [],
    };
  }

  return {
    mode: 'excel',
    open: () => openAt(),
    async detect(settings, reread = false) {
      const grid = await sourceGrid(settings.sheet, reread);
      const reading = readSheet(grid, readOptionsOf(settings));
      return detectionOf(grid, reading, settings.asOf);
    },
    async build(settings, onProgress) {
      // Planning 10,000 tasks takes a second or more: in the worker, the pane stays responsive meanwhile.
      const { plan, stats } = await trackInExcel(deps, trackRequest(settings), onProgress, (read, request) =>
        worker.call('plan', { request, tracked: read }, onProgress),
      );
      if (!plan.ok) throw planFailure(plan.reason, plan.sheetsSearched, plan.unmapped);
      return { ...buildSummary(plan), trackerName: plan.names.tracker, skipped: stats.skipped };
    },
    select: (sheet, address) => selectRange(deps, sheet, address),
    async leader(settings, onProgress) {
      return worker.call(
        'leader',
        { request: trackRequest(settings), tracked: await tracked(settings, onProgress) },
        onProgress,
      );
    },
    async units(settings, onProgress) {
      return worker.call(
        'units',
        { request: trackRequest(settings), tracked: await tracked(settings, onProgress) },
        onProgress,
      );
    },
    async consolidate(settings, files, onProgress) {
      const returns = await Promise.all(files.map(namedBytes));
      const request = trackRequest(settings);
      const outcome = await worker.call(
        'consolidate',
        { request, returns, tracked: await tracked(settings, onProgress) },
        onProgress,
      );
      if (!outcome.write) throw new Error('The worker returned no sheets to write into Excel');
      const stats = await writeSheets(deps, outcome.write, onProgress);
      return {
        counts: outcome.counts,
        logSheet: outcome.logSheet,
        dashboard: outcome.dashboard,
        skipped: stats.skipped,
      };
    },
    selection: () => readSelection(deps),
    async insertPlans({ plans }, onProgress) {
      // Names are claimed against the sheets as the write finds them, in the same Excel.run.
      const { written, skipped } = await writeSheets(
        deps,
        (existing) => {
          const specs = newBreakdownSpecs(plans, existing);
          return { replace: [], specs, activate: specs[0].name };
        },
        onProgress,
      );
      return { sheets: written, opened: await openAt(written[0]), skipped };
    },
  };
}
