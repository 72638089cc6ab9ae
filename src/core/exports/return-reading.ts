/** Reading a unit's returned workbook: its marker, and per task key what the unit filled in. */
import { cellText, type CellValue, type Grid } from '../grid';
import type { SpecValue } from '../sheets/spec';
import type { WorkbookView } from '../track/plan-workbook';
import { specValueOf } from '../track/tracker-entries';
import { EXPORT_SHEET_NAME, readExportMarker, type ExportMarker } from './export-marker';
import {
  BASE_COLUMN,
  HEADER_TO_UNIT_COLUMN,
  RETURN_FIELDS,
  type ReturnField,
  type UnitColumn,
} from './unit-columns';

export type BaseField = keyof typeof BASE_COLUMN;

export interface ReturnRow {
  key: string;
  /** 1-based row of the returned sheet, for the merge log. */
  row: number;
  values: Record<ReturnField, SpecValue>;
  /** The values as exported. */
  base: Record<BaseField, SpecValue>;
}

export interface ReturnFile {
  marker: ExportMarker;
  rows: ReturnRow[];
}

export type ReturnReading =
  | { ok: true; file: ReturnFile }
  /** not_ours: no marker of this tool; no_items: the marker's sheet is gone or not laid out as exported. */
  | { ok: false; reason: 'not_ours' | 'no_items' };

const HEADER_SCAN = 10;

export function readReturn(view: WorkbookView): ReturnReading {
  if (!view.sheetNames.includes(EXPORT_SHEET_NAME)) return { ok: false, reason: 'not_ours' };
  const marker = readExportMarker(view.grid(EXPORT_SHEET_NAME));
  if (!marker) return { ok: false, reason: 'not_ours' };
  if (!view.sheetNames.includes(marker.sheet)) return { ok: false, reason: 'no_items' };
  const rows = readRows(view.grid(marker.sheet));
  return rows ? { ok: true, file: { marker, rows } } : { ok: false, reason: 'no_items' };
}

function readRows(grid: Grid): ReturnRow[] | null {
  let headerRow = -1;
  const colOf = new Map<UnitColumn, number>();
  for (let r = 0; r < Math.min(HEADER_SCAN, grid.rows.length) && headerRow < 0; r++) {
    const found = new Map<UnitColumn, number>();
    (grid.rows[r] ?? []).forEach((v, c) => {
      const col = HEADER_TO_UNIT_COLUMN.get(cellText(v));
      if (col && !found.has(col)) found.set(col, c);
    });
    const complete = ['key', ...RETURN_FIELDS, ...Object.values(BASE_COLUMN)].every((c) =>
      found.has(c as UnitColumn),
    );
    if (complete) {
      headerRow = r;
      for (const [k, v] of found) colOf.set(k, v);
    }
  }
  if (headerRow < 0) return null;
  const get = (row: readonly CellValue[], col: UnitColumn): SpecValue =>
    specValueOf(row[colOf.get(col) as number] ?? null);
  const rows: ReturnRow[] = [];
  for (let r = headerRow + 1; r < grid.rows.length; r++) {
    const row = grid.rows[r] ?? [];
    const key = cellText(row[colOf.get('key') as number] ?? null);
    if (!key) continue;
    rows.push({
      key,
      row: r + 1,
      values: {
        progress: get(row, 'progress'),
        completion: get(row, 'completion'),
        doneDate: get(row, 'doneDate'),
        problems: get(row, 'problems'),
      },
      base: {
        progress: get(row, BASE_COLUMN.progress),
        completion: get(row, BASE_COLUMN.completion),
        doneDate: get(row, BASE_COLUMN.doneDate),
      },
    });
  }
  return rows;
}
