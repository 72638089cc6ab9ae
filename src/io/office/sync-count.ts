/**
 * How many round trips a refresh in Excel costs: the gateway run against the in-memory workbook, a
 * build first, then the refresh measured. For `npm run bench`, which reports it by task count.
 */
import type { Grid } from '../../core/grid';
import type { TrackRequest } from '../../core/track/plan-workbook';
import { trackInExcel } from './gateway';
import { MemoryExcel } from './memory/memory-excel';
import type { Budget } from './payload';

export interface RefreshSyncReport {
  /** Tasks in the tracker. */
  tasks: number;
  buildSyncs: number;
  refreshSyncs: number;
  /** Of the refresh's syncs, those that wrote sheets. */
  writeSyncs: number;
  /** The largest request and response of the refresh, in bytes (the limit is 5 MB). */
  largestRequest: number;
  largestResponse: number;
}

/** Builds the tracked workbook from `source` in memory, then refreshes it and reports the refresh. */
export async function refreshSyncCount(
  source: Grid,
  request: Omit<TrackRequest, 'sheet'>,
  budget?: Budget,
): Promise<RefreshSyncReport> {
  const excel = new MemoryExcel([{ name: source.sheetName, rows: source.rows, merges: source.merges }]);
  const deps = { run: excel.run, supports: excel.supports, budget };
  const full = { ...request, sheet: source.sheetName };
  const build = await trackInExcel(deps, full);
  if (!build.plan.ok) throw new Error(`no tracked workbook from ${source.sheetName}: ${build.plan.reason}`);
  const buildSyncs = excel.syncs;
  excel.resetCounters();
  const refresh = await trackInExcel(deps, full);
  if (!refresh.plan.ok) throw new Error(`refresh failed: ${refresh.plan.reason}`);
  return {
    tasks: refresh.plan.model.tasks.length,
    buildSyncs,
    refreshSyncs: excel.syncs,
    writeSyncs: refresh.stats.writeSyncs,
    largestRequest: Math.max(...excel.batches.map((b) => b.requestBytes)),
    largestResponse: Math.max(...excel.batches.map((b) => b.responseBytes)),
  };
}
