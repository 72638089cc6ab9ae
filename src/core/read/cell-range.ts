/**
 * The part of a sheet the table is read from when the user names one (a selection in Excel, `--range`
 * on the command line): A1 ranges, whole columns (B:H) or whole rows (3:40), with or without $ and a
 * sheet name, as Excel writes them in its address.
 */
import { cellAddress, columnIndex, columnLetters } from '../grid';

/** 0-based and inclusive; an open side (whole columns or rows) is Infinity. */
export interface CellArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const CELL = /^\$?([A-Za-z]{1,3})?\$?(\d{1,7})?$/;
/** Excel's own bounds: 1,048,576 rows, XFD (16,384) columns. */
const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

/** The area a range's text names, or null when it names none; a sheet name before ! is ignored. */
export function parseCellRange(text: string): CellArea | null {
  const bare = text.trim().replace(/^.*!/, '').replace(/\s+/g, '');
  const [from, to = from] = bare.split(':');
  if (!from || bare.split(':').length > 2) return null;
  const a = cellRef(from);
  const b = cellRef(to);
  if (!a || !b) return null;
  // Both ends name the same kind of thing: cells, whole columns or whole rows.
  if ((a.col === null) !== (b.col === null) || (a.row === null) !== (b.row === null)) return null;
  // A whole row or column is written 3:3 or B:B, never 3 or B alone.
  if (!bare.includes(':') && (a.col === null || a.row === null)) return null;
  const [left, right] = order(a.col, b.col);
  const [top, bottom] = order(a.row, b.row);
  return { top, left, bottom, right };
}

/** The area as Excel writes it: B3:H40, B:H, 3:40, or B3 for a single cell. */
export function cellRangeText(area: CellArea): string {
  const openRows = area.bottom === Infinity;
  const openCols = area.right === Infinity;
  if (openRows && !openCols) return `${columnLetters(area.left)}:${columnLetters(area.right)}`;
  if (openCols && !openRows) return `${area.top + 1}:${area.bottom + 1}`;
  const from = cellAddress(area.top, area.left);
  const to = cellAddress(area.bottom, area.right);
  return from === to ? from : `${from}:${to}`;
}

/** At least two rows and two columns: a single cell or a line is not a table to read. */
export function isTableSized(area: CellArea): boolean {
  return area.bottom > area.top && area.right > area.left;
}

function cellRef(text: string): { col: number | null; row: number | null } | null {
  const m = CELL.exec(text);
  if (!m || (!m[1] && !m[2])) return null;
  const col = m[1] ? columnIndex(m[1]) : null;
  const row = m[2] ? Number(m[2]) - 1 : null;
  if (col !== null && (col < 0 || col >= MAX_COL)) return null;
  if (row !== null && (row < 0 || row >= MAX_ROW)) return null;
  return { col, row };
}

function order(a: number | null, b: number | null): [number, number] {
  if (a === null || b === null) return [0, Infinity];
  return a <= b ? [a, b] : [b, a];
}
