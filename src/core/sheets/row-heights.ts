/**
 * Row heights for wrapped text. Spreadsheet programs do not all grow a row to fit wrapped text when
 * they open a file (LibreOffice keeps the default height, merged cells never grow), so sheets meant
 * to be printed state the heights their longest texts need.
 */
import { STYLES } from './palette';
import type { ColumnSpec, SheetSpec, SpecValue } from './spec';

/** Points per line of 11-point text, with CJK fallback fonts. */
const LINE_HEIGHT = 15;
const PADDING = 3;

/** Width in column-width units: a wide (CJK) character takes two. */
export function textUnits(text: string): number {
  let units = 0;
  for (const ch of text) units += ch.charCodeAt(0) <= 0xff ? 1 : 2;
  return units;
}

/** Lines a text takes in a column `width` units wide, its own line breaks included. */
export function wrappedLines(text: string, width: number): number {
  const usable = Math.max(1, width - 1);
  return text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(textUnits(line) / usable)), 0);
}

export function linesHeight(lines: number): number {
  return lines * LINE_HEIGHT + PADDING;
}

/** Heights of the rows whose text in a wrapping column needs more than one line. */
export function wrappedRowHeights(
  columns: readonly ColumnSpec[],
  rows: readonly SpecValue[][],
): NonNullable<SheetSpec['rowHeights']> {
  const heights: NonNullable<SheetSpec['rowHeights']> = [];
  rows.forEach((row, index) => {
    let lines = 1;
    row.forEach((value, c) => {
      const column = columns[c];
      if (typeof value !== 'string' || !column || !column.style || !STYLES[column.style].wrap) return;
      lines = Math.max(lines, wrappedLines(value, column.width));
    });
    if (lines > 1) heights.push({ index, height: linesHeight(lines) });
  });
  return heights;
}
