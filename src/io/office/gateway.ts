/**
 * The Office.js gateway: reading the workbook open in Excel into Grids and writing the tracked
 * workbook's sheets into it. One Excel.run per user action; a fixed number of syncs while the data fits
 * one payload (survey, values, writes), more only for the bands beyond it. Errors are never caught
 * here: they reach the pane, which shows them.
 */
import type { Grid } from '../../core/grid';
import { META_SHEET_NAME, readMeta, type Meta } from '../../core/sheets/meta-sheet';
import { gridsView, type ReadSheets } from '../../core/track/grids-view';
import { planTrackedWorkbook, type TrackPlan, type TrackRequest } from '../../core/track/plan-workbook';
import { gridCell } from './cell-values';
import type { ApiSupport, ExcelRun, XlContext, XlRange } from './excel-types';
import type { SheetSpec } from '../../core/sheets/spec';
import { DEFAULT_BUDGET, type Budget } from './payload';
import { readGrids, type SheetExtent } from './read-grids';
import { deleteOps, packOps, sheetOps, type SkippedFeature, type WriteOp } from './write-sheet';
import { splitSheetAddress } from './sheet-address';

export type { SkippedFeature } from './write-sheet';

export interface GatewayDeps {
  run: ExcelRun;
  supports: ApiSupport;
  budget?: Budget;
}

export interface SheetInfo {
  name: string;
  /** 'Visible' | 'Hidden' | 'VeryHidden'. */
  visibility: string;
}

export interface GatewayStats {
  syncs: number;
  /** Syncs that wrote the generated sheets. */
  writeSyncs: number;
  skipped: SkippedFeature[];
}

export interface WorkbookSnapshot {
  sheets: SheetInfo[];
  activeSheet: string;
  meta: Meta | null;
  /** The sheet read: the one asked for, else the saved source, else the active sheet. */
  sheet: string;
  grid: Grid;
  stats: GatewayStats;
}

export type TrackProgress =
  | { phase: 'read'; done: number; total: number }
  | { phase: 'plan' }
  | { phase: 'write'; done: number; total: number };

export interface ExcelTrackResult {
  plan: TrackPlan;
  stats: GatewayStats;
}

/** A source sheet must be named: the gateway reads only the sheets the planner will ask for. */
export type ExcelTrackRequest = TrackRequest & { sheet: string };

class Session {
  syncs = 0;
  writeSyncs = 0;
  readonly skipped = new Set<SkippedFeature>();
  constructor(
    readonly context: XlContext,
    readonly deps: GatewayDeps,
  ) {}
  readonly sync = async (): Promise<void> => {
    this.syncs++;
    await this.context.sync();
  };
  get budget(): Budget {
    return this.deps.budget ?? DEFAULT_BUDGET;
  }
  stats(): GatewayStats {
    return { syncs: this.syncs, writeSyncs: this.writeSyncs, skipped: [...this.skipped] };
  }
}

interface Survey {
  sheets: SheetInfo[];
  activeSheet: string;
  meta: Meta | null;
  metaGrid: Grid | null;
  extents: Map<string, SheetExtent>;
}

/** Two syncs: the sheets and the active one; then the meta sheet's cells and every used range. */
async function survey(session: Session): Promise<Survey> {
  const worksheets = session.context.workbook.worksheets;
  worksheets.load('items/name,items/visibility');
  const active = worksheets.getActiveWorksheet();
  active.load('name');
  await session.sync();
  const sheets = worksheets.items.map((ws) => ({ name: ws.name, visibility: ws.visibility }));

  let metaRange: XlRange | null = null;
  const used = new Map<string, XlRange>();
  for (const { name } of sheets) {
    const range = worksheets.getItem(name).getUsedRangeOrNullObject(true);
    if (name === META_SHEET_NAME) {
      range.load('values');
      metaRange = range;
    } else {
      range.load('rowIndex,columnIndex,rowCount,columnCount');
      used.set(name, range);
    }
  }
  await session.sync();

  let metaGrid: Grid | null = null;
  if (metaRange && !metaRange.isNullObject) {
    metaGrid = {
      sheetName: META_SHEET_NAME,
      rows: metaRange.values.map((row) => row.map((v) => gridCell(v, null))),
      merges: [],
    };
  }
  const extents = new Map<string, SheetExtent>();
  for (const [name, range] of used) {
    extents.set(
      name,
      range.isNullObject
        ? { name, top: 0, left: 0, rows: 0, columns: 0 }
        : {
            name,
            top: range.rowIndex,
            left: range.columnIndex,
            rows: range.rowCount,
            columns: range.columnCount,
          },
    );
  }
  return {
    sheets,
    activeSheet: active.name,
    meta: metaGrid ? readMeta(metaGrid) : null,
    metaGrid,
    extents,
  };
}

function readOptions(session: Session, onProgress?: (p: TrackProgress) => void) {
  const merges = session.deps.supports('1.13');
  if (!merges) session.skipped.add('merges');
  return {
    budget: session.budget,
    merges,
    sync: session.sync,
    onProgress: (done: number, total: number) => onProgress?.({ phase: 'read', done, total }),
  };
}

function ownedSheets(s: Survey): Set<string> {
  const names = new Set(s.sheets.map((x) => x.name));
  const owned = new Set<string>(
    Object.values(s.meta?.sheets ?? {}).filter((n): n is string => !!n && names.has(n)),
  );
  if (s.meta) owned.add(META_SHEET_NAME);
  return owned;
}

/**
 * Reads one sheet for detection: `preferred` if it exists, else the source saved by an earlier build,
 * else the active sheet, else the first sheet the tool does not own.
 */
export function readSnapshot(deps: GatewayDeps, preferred?: string): Promise<WorkbookSnapshot> {
  return deps.run(async (context) => {
    const session = new Session(context, deps);
    const s = await survey(session);
    const owned = ownedSheets(s);
    const readable = (n: string | null | undefined): n is string => !!n && s.extents.has(n) && !owned.has(n);
    // Only generated sheets left (the source was deleted): the active one is read, and the planner
    // then says the source is missing, in the user's language.
    const sheet =
      [preferred, s.meta?.source, s.activeSheet, ...s.extents.keys()].find(readable) ?? s.activeSheet;
    const extent = s.extents.get(sheet) ?? { name: sheet, top: 0, left: 0, rows: 0, columns: 0 };
    const grids = await readGrids(context, [extent], readOptions(session));
    return {
      sheets: s.sheets,
      activeSheet: s.activeSheet,
      meta: s.meta,
      sheet,
      grid: grids.get(sheet) as Grid,
      stats: session.stats(),
    };
  });
}

/** What the planner reads of the open workbook: the meta sheet, the source, an earlier tracker and months sheet. */
async function readTracked(
  session: Session,
  s: Survey,
  sheet: string,
  onProgress?: (p: TrackProgress) => void,
) {
  const wanted = [sheet, s.meta?.sheets.tracker, s.meta?.sheets.months].filter(
    (n, i, all): n is string => !!n && s.extents.has(n) && all.indexOf(n) === i,
  );
  const extents = wanted.map((n) => s.extents.get(n) as SheetExtent);
  const grids = await readGrids(session.context, extents, readOptions(session, onProgress));
  if (s.metaGrid) grids.set(META_SHEET_NAME, s.metaGrid);
  return grids;
}

/** Deletes the sheets of an earlier build, writes the specs and shows `activate`, in as few syncs as the budget allows. */
async function write(
  session: Session,
  s: Survey,
  plan: SheetsToWrite,
  onProgress?: (p: TrackProgress) => void,
): Promise<void> {
  const { context, deps } = session;
  const owned = ownedSheets(s);
  const ops: WriteOp[] = [
    ...deleteOps(s.sheets.filter((x) => plan.replace.includes(x.name) && owned.has(x.name))),
    ...plan.specs.flatMap((spec) => sheetOps(spec, deps.supports, session.skipped)),
    { bytes: 200, apply: (c) => c.workbook.worksheets.getItem(plan.activate).activate() },
  ];
  const screen = deps.supports('1.9');
  if (!screen) session.skipped.add('screenUpdating');
  const batches = packOps(ops, session.budget.bytes);
  for (let i = 0; i < batches.length; i++) {
    context.application.suspendApiCalculationUntilNextSync();
    if (screen) context.application.suspendScreenUpdatingUntilNextSync();
    for (const o of batches[i]) o.apply(context);
    await session.sync();
    session.writeSyncs++;
    onProgress?.({ phase: 'write', done: i + 1, total: batches.length });
  }
}

/** Generated sheets to write: those of an earlier build they replace, the specs, the sheet to show after. */
export interface SheetsToWrite {
  replace: readonly string[];
  specs: readonly SheetSpec[];
  activate: string;
}

/** Plans the tracked workbook from the sheets read: here by default; the pane hands it to its worker. */
export type Planner = (read: ReadSheets, request: ExcelTrackRequest) => Promise<TrackPlan>;

const planHere: Planner = async (read, request) => planTrackedWorkbook(gridsView(read), request);

/**
 * Builds or refreshes the tracked workbook in the open workbook, in one Excel.run: read, plan (which
 * may run elsewhere meanwhile), write.
 */
export function trackInExcel(
  deps: GatewayDeps,
  request: ExcelTrackRequest,
  onProgress?: (p: TrackProgress) => void,
  plan: Planner = planHere,
): Promise<ExcelTrackResult> {
  return deps.run(async (context) => {
    const session = new Session(context, deps);
    const s = await survey(session);
    const grids = await readTracked(session, s, request.sheet, onProgress);
    onProgress?.({ phase: 'plan' });
    const planned = await plan(
      { sheetNames: s.sheets.map((x) => x.name), grids: [...grids.values()] },
      request,
    );
    if (!planned.ok) return { plan: planned, stats: session.stats() };
    const { replace, specs, names } = planned;
    await write(session, s, { replace, specs, activate: names.tracker }, onProgress);
    return { plan: planned, stats: session.stats() };
  });
}

export interface TrackedSheets extends ReadSheets {
  stats: GatewayStats;
}

/** Reads what the planner needs, for work done elsewhere (exports and merges, in the worker). */
export function readTrackedSheets(
  deps: GatewayDeps,
  sheet: string,
  onProgress?: (p: TrackProgress) => void,
): Promise<TrackedSheets> {
  return deps.run(async (context) => {
    const session = new Session(context, deps);
    const s = await survey(session);
    const grids = await readTracked(session, s, sheet, onProgress);
    return { sheetNames: s.sheets.map((x) => x.name), grids: [...grids.values()], stats: session.stats() };
  });
}

export interface WrittenSheets extends GatewayStats {
  /** The sheets written, in order. */
  written: string[];
}

/**
 * Writes sheets planned elsewhere (a merge of returned files) into the open workbook, or sheets
 * planned from its sheet names as this run finds them (new sheets whose names must not be taken).
 */
export function writeSheets(
  deps: GatewayDeps,
  sheets: SheetsToWrite | ((sheetNames: readonly string[]) => SheetsToWrite),
  onProgress?: (p: TrackProgress) => void,
): Promise<WrittenSheets> {
  return deps.run(async (context) => {
    const session = new Session(context, deps);
    const s = await survey(session);
    const planned = typeof sheets === 'function' ? sheets(s.sheets.map((x) => x.name)) : sheets;
    await write(session, s, planned, onProgress);
    return { ...session.stats(), written: planned.specs.map((spec) => spec.name) };
  });
}

/**
 * The user's selection as a sheet and a range (B3:H40), one sync; null when Excel has none to give
 * (several areas selected, or a chart or shape rather than cells).
 */
export function readSelection(deps: GatewayDeps): Promise<{ sheet: string; range: string } | null> {
  return deps.run(async (context) => {
    const range = context.workbook.getSelectedRange();
    range.load('address');
    try {
      await context.sync();
    } catch {
      return null;
    }
    return splitSheetAddress(range.address);
  });
}

/** Shows a cell or row: activates its sheet and selects the range. */
export function selectRange(deps: GatewayDeps, sheet: string, address: string): Promise<void> {
  return deps.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    ws.activate();
    ws.getRange(address).select();
    await context.sync();
  });
}
