/**
 * Messages between the page and the worker that runs exceljs: the page asks, the worker answers with
 * progress and then a result or an error, all plain data (structured clone; bytes transferred).
 */
import type { Meta } from '../../core/sheets/meta-sheet';
import type { SheetSpec } from '../../core/sheets/spec';
import type { GeneratedRole } from '../../core/sheets/meta-sheet';
import type { MergeResult } from '../../core/exports/merge-returns';
import type { ReadSheets } from '../../core/track/grids-view';
import type { TrackPlan, TrackRequest } from '../../core/track/plan-workbook';
import type { DroppedPart } from '../../io/files/part-kinds';
import type { Lang } from '../../i18n';
import type { ErrorInfo } from '../errors';
import type { Dashboard } from '../model/dashboard';
import type { Detection } from '../model/detection';
import type { PaneSettings } from '../model/settings';

export interface NamedBytes {
  fileName: string;
  bytes: Uint8Array;
}

/** A file to offer as a download; a unit's file says whose it is. */
export interface ExportFile extends NamedBytes {
  unit?: string;
  tasks?: number;
}

/** The sheets of a workbook open in Excel that the planner needs, read by the gateway. */
export type TrackedGrids = ReadSheets;

export interface OpenResult {
  fileName: string;
  /** Sheets the user may pick as the source: visible, not generated. */
  sheets: string[];
  meta: Meta | null;
  /** The saved source, else the first sheet holding a task table, else the first sheet. */
  sheet: string;
  /** Content of the file exceljs loses when the tracked workbook is written. */
  dropped: DroppedPart[];
}

export interface RefreshCounts {
  kept: number;
  added: number;
  archived: number;
  restored: number;
}

export interface BuildResult {
  names: Record<GeneratedRole, string>;
  /** The generated sheets a user sees, in order. */
  sheets: string[];
  refresh: RefreshCounts;
  dashboard: Dashboard;
  /** Standalone: the tracked workbook to download. */
  file?: NamedBytes;
}

export interface MergeOutcome {
  counts: MergeResult['counts'];
  logSheet: string;
  dashboard: Dashboard;
  /** Standalone: the merged workbook to download. */
  file?: NamedBytes;
  /** Excel: what to write into the open workbook. */
  write?: { replace: string[]; specs: SheetSpec[]; activate: string };
}

/** A workbook made from sheet specs, now the one open, and its bytes to download. */
export interface CreateResult extends OpenResult {
  file: NamedBytes;
}

export type Progress = { phase: 'open' | 'read' | 'plan' | 'render' | 'save' };

export interface Requests {
  open: { fileName: string; bytes: Uint8Array };
  detect: { settings: PaneSettings };
  build: { request: TrackRequest };
  leader: { request: TrackRequest; tracked?: TrackedGrids };
  units: { request: TrackRequest; tracked?: TrackedGrids };
  consolidate: { request: TrackRequest; returns: NamedBytes[]; tracked?: TrackedGrids };
  create: { lang: Lang; specs: SheetSpec[] };
  plan: { request: TrackRequest; tracked: TrackedGrids };
}

export interface Results {
  open: OpenResult;
  detect: Detection;
  build: BuildResult;
  leader: ExportFile;
  units: ExportFile[];
  consolidate: MergeOutcome;
  create: CreateResult;
  plan: TrackPlan;
}

export type Kind = keyof Requests;

export type WorkerRequest = { [K in Kind]: { id: number; kind: K } & Requests[K] }[Kind];

export type WorkerReply =
  | { id: number; type: 'progress'; progress: Progress }
  | { id: number; type: 'result'; result: Results[Kind] }
  | { id: number; type: 'error'; error: ErrorInfo };
