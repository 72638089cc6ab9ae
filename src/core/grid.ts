/**
 * The one input shape of the core: a sheet's cells as plain values plus its merged areas.
 * Adapters (exceljs, Office.js, CSV) build it; the core never sees a file or a workbook object.
 */

/** An Excel error value such as `#N/A` or `#REF!`. */
export interface CellError {
  readonly error: string;
}

/**
 * A cell value as the user sees it: formulas are replaced by their cached result,
 * rich text is flattened to a string, empty cells are null.
 */
export type CellValue = string | number | boolean | Date | CellError | null;

/** A merged area, 0-based and inclusive on both ends. */
export interface MergedRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface Grid {
  readonly sheetName: string;
  /** rows[r][c], 0-based; rows may be ragged or sparse (missing cells read as null). */
  readonly rows: readonly (readonly CellValue[])[];
  readonly merges: readonly MergedRange[];
}

export function isCellError(value: CellValue): value is CellError {
  return typeof value === 'object' && value !== null && !(value instanceof Date) && 'error' in value;
}

export function cellAt(grid: Grid, row: number, col: number): CellValue {
  const r = grid.rows[row];
  if (!r) return null;
  const v = r[col];
  return v === undefined ? null : v;
}

/** Width of the widest row. */
export function gridWidth(grid: Grid): number {
  let width = 0;
  for (const row of grid.rows) if (row && row.length > width) width = row.length;
  return width;
}

/** Column letters for a 0-based column index: 0 → A, 26 → AA. */
export function columnLetters(col: number): string {
  let s = '';
  let n = col + 1;
  while (n > 0) {
    const rem = (n - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** 0-based column index for letters: A → 0, AA → 26. Returns -1 for anything else. */
export function columnIndex(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return -1;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** A1-style address for 0-based row and column. */
export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** Text of a cell as shown, trimmed; dates as ISO dates; errors as their code. */
export function cellText(value: CellValue): string {
  if (value === null) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  return value.error;
}
