/**
 * The work the page hands to the worker: exceljs loading behind the input guards, detection, the
 * tracked workbook, the exports and the merge of returned files, a new workbook of the breakdown
 * sheets made from a plan's text, and writing workbooks to bytes.
 * Standalone it holds the user's workbook between requests; inside Excel it is given the sheets the
 * gateway read. Plain async methods, so tests run them without a worker.
 */
import ExcelJS from 'exceljs';
import { detectTable } from '../../core/read/detect-table';
import { mergedView } from '../../core/read/merged-view';
import { readSheet } from '../../core/read/read-sheet';
import { mergeLogSheet } from '../../core/exports/merge-log-sheet';
import { safeFileStem } from '../../core/exports/file-names';
import type { Grid } from '../../core/grid';
import { META_SHEET_NAME, readMeta, type Meta } from '../../core/sheets/meta-sheet';
import { gridsView } from '../../core/track/grids-view';
import { planTrackedWorkbook, type TrackPlan, type TrackRequest } from '../../core/track/plan-workbook';
import type { SheetSpec } from '../../core/sheets/spec';
import { t, type Lang } from '../../i18n';
import { gridFromCsv } from '../../io/csv/grid-from-csv';
import { fileErrorKey, inspectFile, isFileError } from '../../io/files';
import { consolidateReturns, type ReturnedWorkbook } from '../../io/xlsx/consolidate';
import { leaderWorkbook } from '../../io/xlsx/leader-export';
import { openWorkbook } from '../../io/xlsx/open-workbook';
import { renderSheet } from '../../io/xlsx/render-sheet';
import { applyTrackPlan, workbookView } from '../../io/xlsx/tracked-workbook';
import { unitWorkbooks } from '../../io/xlsx/unit-exports';
import { workbookFromGrid } from '../../io/xlsx/workbook-from-grid';
import { planFailure, PaneError } from '../errors';
import { dashboardFromModel } from '../model/dashboard';
import { buildSummary } from '../model/build-summary';
import { detectionOf, type Detection } from '../model/detection';
import { readOptionsOf, type PaneSettings } from '../model/settings';
import type {
  BuildResult,
  CreateResult,
  ExportFile,
  MergeOutcome,
  NamedBytes,
  OpenResult,
  Progress,
  TrackedGrids,
} from './protocol';

type Report = (progress: Progress) => void;

function failed(plan: Extract<TrackPlan, { ok: false }> | { ok: false; reason: 'not_tracked' }): PaneError {
  return 'sheetsSearched' in plan
    ? planFailure(plan.reason, plan.sheetsSearched, plan.unmapped)
    : planFailure(plan.reason);
}

async function bytesOf(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function stemOf(fileName: string): string {
  return fileName.replace(/\.[^.]*$/, '') || fileName;
}

/** The sheets Excel holds, as a workbook the exceljs adapters take; the others as empty sheets, for their names. */
export function workbookFromGrids(tracked: TrackedGrids): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const byName = new Map(tracked.grids.map((g) => [g.sheetName, g]));
  for (const name of tracked.sheetNames) {
    const ws = workbook.addWorksheet(name);
    const grid = byName.get(name);
    if (!grid) continue;
    grid.rows.forEach((row, r) => {
      if (row.length > 0)
        ws.getRow(r + 1).values = row.map((v) =>
          v !== null && typeof v === 'object' && !(v instanceof Date) ? v.error : v,
        );
    });
    for (const m of grid.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  }
  return workbook;
}

export class WorkerSession {
  private workbook: ExcelJS.Workbook | null = null;
  private fileName = '';
  private readonly grids = new Map<string, Grid>();

  private opened(): ExcelJS.Workbook {
    if (!this.workbook) throw new Error('No workbook is open');
    return this.workbook;
  }

  private grid(sheet: string): Grid {
    let grid = this.grids.get(sheet);
    if (!grid) {
      grid = workbookView(this.opened()).grid(sheet);
      this.grids.set(sheet, grid);
    }
    return grid;
  }

  async open(fileName: string, bytes: Uint8Array, report: Report): Promise<OpenResult> {
    report({ phase: 'open' });
    const inspection = inspectFile(bytes, fileName);
    let workbook: ExcelJS.Workbook;
    let dropped: OpenResult['dropped'] = [];
    if (inspection.ok && inspection.format === 'csv') {
      workbook = workbookFromGrid(gridFromCsv(bytes, stemOf(fileName)));
    } else {
      const opened = await openWorkbook(bytes, fileName, { purpose: 'rewrite' });
      workbook = opened.workbook;
      dropped = [...opened.dropped];
    }
    return this.adopt(workbook, fileName, dropped);
  }

  /** `workbook` becomes the one open: its sheets to pick from, and the source to start with. */
  private adopt(workbook: ExcelJS.Workbook, fileName: string, dropped: OpenResult['dropped']): OpenResult {
    this.workbook = workbook;
    this.fileName = fileName;
    this.grids.clear();

    const names = workbook.worksheets.map((ws) => ws.name);
    const meta: Meta | null = names.includes(META_SHEET_NAME) ? readMeta(this.grid(META_SHEET_NAME)) : null;
    const owned = new Set(Object.values(meta?.sheets ?? {}));
    const sheets = workbook.worksheets
      .filter((ws) => ws.state === 'visible' && ws.name !== META_SHEET_NAME && !owned.has(ws.name))
      .map((ws) => ws.name);
    const withTable = sheets.find((name) => detectTable(mergedView(this.grid(name))) !== null);
    const saved = meta?.source && sheets.includes(meta.source) ? meta.source : undefined;
    return { fileName, sheets, meta, sheet: saved ?? withTable ?? sheets[0] ?? names[0], dropped };
  }

  /**
   * A new workbook of the given sheets (breakdown sheets made from a plan's text), which becomes the
   * one open, so the user goes on to detect and build from it; its bytes are the download.
   */
  async create(lang: Lang, specs: readonly SheetSpec[], report: Report): Promise<CreateResult> {
    if (specs.length === 0) throw new Error('No sheet to create a workbook of');
    report({ phase: 'render' });
    const workbook = new ExcelJS.Workbook();
    for (const spec of specs) renderSheet(workbook, spec);
    report({ phase: 'save' });
    const file = {
      fileName: `${safeFileStem(t(lang, 'pane.plan.fileName'))}.xlsx`,
      bytes: await bytesOf(workbook),
    };
    const opened = this.adopt(workbook, file.fileName, []);
    return { ...opened, sheet: specs[0].name, file };
  }

  /** Inside Excel: the tracked workbook planned from the sheets the gateway read, off the page's thread. */
  plan(request: TrackRequest, tracked: TrackedGrids): TrackPlan {
    return planTrackedWorkbook(gridsView(tracked), request);
  }

  detect(settings: PaneSettings): Detection {
    const grid = this.grid(settings.sheet);
    const reading = readSheet(grid, readOptionsOf(settings));
    return detectionOf(grid, reading, settings.asOf);
  }

  async build(request: TrackRequest, report: Report): Promise<BuildResult> {
    const workbook = this.opened();
    report({ phase: 'plan' });
    const plan = applyTrackPlan(workbook, request);
    this.grids.clear();
    if (!plan.ok) throw failed(plan);
    report({ phase: 'save' });
    return {
      ...buildSummary(plan),
      names: plan.names,
      file: { fileName: this.trackedName(request), bytes: await bytesOf(workbook) },
    };
  }

  private trackedName(request: TrackRequest): string {
    const suffix = t(request.lang, 'pane.file.trackedSuffix');
    const stem = stemOf(this.fileName);
    return `${safeFileStem(stem.endsWith(suffix) ? stem : stem + suffix)}.xlsx`;
  }

  private master(tracked: TrackedGrids | undefined): ExcelJS.Workbook {
    return tracked ? workbookFromGrids(tracked) : this.opened();
  }

  async leader(
    request: TrackRequest,
    tracked: TrackedGrids | undefined,
    report: Report,
  ): Promise<ExportFile> {
    report({ phase: 'render' });
    const result = leaderWorkbook(this.master(tracked), request);
    if (!result.ok) throw failed(result);
    report({ phase: 'save' });
    const stem = t(request.lang, 'pane.file.leaderName', { title: result.plan.title, asOf: request.asOf });
    return { fileName: `${safeFileStem(stem)}.xlsx`, bytes: await bytesOf(result.workbook) };
  }

  async units(
    request: TrackRequest,
    tracked: TrackedGrids | undefined,
    report: Report,
  ): Promise<ExportFile[]> {
    report({ phase: 'render' });
    const result = unitWorkbooks(this.master(tracked), request);
    if (!result.ok) throw failed(result);
    report({ phase: 'save' });
    const files: ExportFile[] = [];
    for (const f of result.files)
      files.push({ fileName: f.fileName, unit: f.unit, tasks: f.tasks, bytes: await bytesOf(f.workbook) });
    return files;
  }

  async consolidate(
    request: TrackRequest,
    returned: readonly NamedBytes[],
    tracked: TrackedGrids | undefined,
    report: Report,
  ): Promise<MergeOutcome> {
    report({ phase: 'open' });
    const returns: ReturnedWorkbook[] = [];
    for (const { fileName, bytes } of returned) {
      try {
        returns.push({
          file: fileName,
          workbook: (await openWorkbook(bytes, fileName, { purpose: 'read' })).workbook,
        });
      } catch (err) {
        // A refused file is listed in the merge log with the reason; the other files still merge.
        if (!isFileError(err)) throw err;
        returns.push({
          file: fileName,
          workbook: null,
          error: t(request.lang, fileErrorKey(err.code), err.params),
        });
      }
    }
    report({ phase: 'plan' });
    const master = this.master(tracked);
    const merged = consolidateReturns(master, returns, request);
    if (!merged.ok) throw failed(merged);
    this.grids.clear();
    const outcome = {
      counts: merged.result.counts,
      logSheet: merged.logSheet,
      dashboard: dashboardFromModel(merged.plan.model, merged.plan.names.tracker),
    };
    if (tracked) {
      const log = mergeLogSheet(request.lang, merged.result, merged.logSheet, request.asOf);
      return {
        ...outcome,
        write: {
          replace: merged.plan.replace,
          specs: [...merged.plan.specs, log],
          activate: merged.logSheet,
        },
      };
    }
    report({ phase: 'save' });
    return { ...outcome, file: { fileName: this.trackedName(request), bytes: await bytesOf(master) } };
  }
}
