/** What the Detect view shows of a sheet: the columns, the role each plays, the warnings. */
import { cellText, columnLetters, gridWidth, type Grid } from '../../core/grid';
import { COLUMN_ROLES, type ColumnRole, type Warning } from '../../core/model';
import type { SheetReading } from '../../core/read/read-sheet';
import { HEADER_SCAN_ROWS } from '../../core/read/detect-table';
import { dashboardFromReading, type Dashboard } from './dashboard';

export interface ColumnChoice {
  letter: string;
  /** The header text, or for a sheet without a detected header the first text in the column. */
  label: string;
}

export interface Detection {
  sheet: string;
  /** A task table was read. */
  found: boolean;
  /** 1-based header rows. */
  headerTop: number | null;
  headerBottom: number | null;
  tasks: number;
  planYear: number | null;
  columns: ColumnChoice[];
  /** Role → column letters (unit and person roles may span several columns). */
  roles: Partial<Record<ColumnRole, string[]>>;
  /** The first warnings, with cell addresses; `warningCount` says how many there were. */
  warnings: Warning[];
  warningCount: number;
  /** `role=spec` entries of the map that named no column. */
  unmapped: string[];
  dashboard: Dashboard | null;
}

/** Warnings listed; a sheet with thousands of rows can have thousands, which nobody reads in a pane. */
export const MAX_WARNINGS = 200;

function sampleLabel(grid: Grid, col: number): string {
  for (let r = 0; r < Math.min(HEADER_SCAN_ROWS, grid.rows.length); r++) {
    const text = cellText(grid.rows[r]?.[col] ?? null);
    if (text) return text;
  }
  return '';
}

export function detectionOf(grid: Grid, reading: SheetReading | null, asOf: string): Detection {
  const width = Math.max(gridWidth(grid), reading ? reading.layout.right + 1 : 0);
  const headerText = new Map((reading?.layout.headers ?? []).map((h) => [h.col, h.text]));
  const columns: ColumnChoice[] = Array.from({ length: width }, (_, col) => ({
    letter: columnLetters(col),
    label: (reading ? headerText.get(col) : undefined) || sampleLabel(grid, col),
  }));
  const roles: Detection['roles'] = {};
  for (const role of COLUMN_ROLES) {
    const cols = reading?.layout.columns[role];
    if (cols && cols.length > 0) roles[role] = cols.map(columnLetters);
  }
  return {
    sheet: grid.sheetName,
    found: !!reading,
    headerTop: reading ? reading.layout.headerTop + 1 : null,
    headerBottom: reading ? reading.layout.headerBottom + 1 : null,
    tasks: reading?.tasks.length ?? 0,
    planYear: reading?.planYear ?? null,
    columns,
    roles,
    warnings: (reading?.warnings ?? []).slice(0, MAX_WARNINGS),
    warningCount: reading?.warnings.length ?? 0,
    unmapped: reading?.unmapped ?? [],
    dashboard: reading ? dashboardFromReading(reading, asOf) : null,
  };
}
