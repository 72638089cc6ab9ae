/**
 * What the pane asks of where it runs. Inside Excel: the Office.js gateway for the open workbook,
 * the worker for exports. Standalone: the worker, holding the file the user picked. Components never
 * see either; the App calls these and hands plain data down.
 */
import type { NamedBreakdown } from '../../core/extract/breakdown-specs';
import type { Meta } from '../../core/sheets/meta-sheet';
import type { Lang } from '../../i18n';
import type { SkippedFeature } from '../../io/office/gateway';
import type { DroppedPart } from '../../io/files/part-kinds';
import type { Dashboard } from '../model/dashboard';
import type { Detection } from '../model/detection';
import type { PaneSettings } from '../model/settings';
import type { HostMode } from '../host';
import type { ExportFile, MergeOutcome, NamedBytes, Progress, RefreshCounts } from '../worker/protocol';

export type PaneProgress = Progress | { phase: 'read' | 'write'; done: number; total: number };

export interface OpenedWorkbook {
  /** The file picked (standalone); null inside Excel. */
  fileName: string | null;
  /** Sheets the user may pick as the source. */
  sheets: string[];
  /** What an earlier build saved. */
  meta: Meta | null;
  /** The source to start with. */
  sheet: string;
  /** Content the downloaded workbook will not keep (standalone). */
  dropped: DroppedPart[];
}

export interface BuildOutcome {
  /** The generated sheets, in order. */
  sheets: string[];
  trackerName: string;
  refresh: RefreshCounts;
  dashboard: Dashboard;
  skipped: SkippedFeature[];
  file?: NamedBytes;
}

/** Breakdown sheets made from a plan's text, to add to the workbook (Excel) or to make one of (standalone). */
export interface PlanInsert {
  plans: readonly NamedBreakdown[];
  /** Standalone: the language of the new workbook's file name. */
  lang: Lang;
}

export interface InsertOutcome {
  /** The new sheets, as named: never a sheet that was there before. */
  sheets: string[];
  /** The workbook as it is now, with the first new sheet as the source. */
  opened: OpenedWorkbook;
  skipped: SkippedFeature[];
  /** Standalone: the new workbook, which is also the one now open. */
  file?: NamedBytes;
}

export type MergeSummary = Omit<MergeOutcome, 'write'> & { skipped: SkippedFeature[] };

export type OnProgress = (progress: PaneProgress) => void;

export interface PaneBackend {
  readonly mode: HostMode;
  /** Inside Excel reads the open workbook; standalone opens `file`. */
  open(file?: File): Promise<OpenedWorkbook>;
  /** `reread`: read the sheet again from Excel (it may have been edited). */
  detect(settings: PaneSettings, reread?: boolean): Promise<Detection>;
  build(settings: PaneSettings, onProgress: OnProgress): Promise<BuildOutcome>;
  /** Selects a cell or row in Excel; standalone there is nothing to select. */
  select(sheet: string, address: string): Promise<void>;
  leader(settings: PaneSettings, onProgress: OnProgress): Promise<ExportFile>;
  units(settings: PaneSettings, onProgress: OnProgress): Promise<ExportFile[]>;
  consolidate(settings: PaneSettings, files: readonly File[], onProgress: OnProgress): Promise<MergeSummary>;
  /** Inside Excel: the user's selection (`B3:H40` on a sheet); null when Excel has none to give. */
  selection?: () => Promise<{ sheet: string; range: string } | null>;
  /** Inside Excel adds the sheets to the open workbook; standalone opens a new workbook of them. */
  insertPlans(insert: PlanInsert, onProgress: OnProgress): Promise<InsertOutcome>;
}

export async function namedBytes(file: File): Promise<NamedBytes> {
  return { fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}
