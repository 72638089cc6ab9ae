/**
 * The hidden sheet that marks a per-unit workbook as made by this tool: for which unit, as of which
 * date, from which tracked workbook, and which sheet holds the items. consolidate reads it to
 * recognise its own files; plain cells, like the meta sheet, so every spreadsheet tool keeps them.
 */
import { isIsoDate, type IsoDate } from '../dates';
import { cellText, type Grid } from '../grid';
import type { SheetSpec, SpecValue } from '../sheets/spec';

export const EXPORT_SHEET_NAME = '_respmatrix_export';
export const EXPORT_MARKER = 'respmatrix-unit-export';
export const EXPORT_VERSION = '1';

export interface ExportMarker {
  unit: string;
  exportDate: IsoDate;
  /** The sheet holding the unit's items. */
  sheet: string;
  /** The tracked workbook's source sheet and title, to tell a return for another workbook. */
  source: string;
  title: string;
}

export function exportMarkerSheet(marker: ExportMarker): SheetSpec {
  const rows: SpecValue[][] = [
    ['marker', EXPORT_MARKER],
    ['version', EXPORT_VERSION],
    ['unit', marker.unit],
    ['exportDate', marker.exportDate],
    ['sheet', marker.sheet],
    ['source', marker.source],
    ['title', marker.title],
  ];
  return {
    role: 'exportMarker',
    name: EXPORT_SHEET_NAME,
    preamble: [],
    columns: [
      { header: 'key', width: 16 },
      { header: 'value', width: 40 },
    ],
    rows,
    state: 'veryHidden',
  };
}

/** The marker, or null when the grid is not one of ours. */
export function readExportMarker(grid: Grid): ExportMarker | null {
  const pairs = new Map<string, string>();
  for (const row of grid.rows) {
    const key = cellText(row?.[0] ?? null);
    if (key) pairs.set(key, cellText(row?.[1] ?? null));
  }
  const unit = pairs.get('unit') ?? '';
  const exportDate = pairs.get('exportDate') ?? '';
  const sheet = pairs.get('sheet') ?? '';
  if (pairs.get('marker') !== EXPORT_MARKER || !unit || !sheet || !isIsoDate(exportDate)) return null;
  return { unit, exportDate, sheet, source: pairs.get('source') ?? '', title: pairs.get('title') ?? '' };
}
