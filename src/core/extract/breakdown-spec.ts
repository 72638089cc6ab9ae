/**
 * A breakdown sheet as a SheetSpec, so the CLI (exceljs) and the pane (exceljs in the page, or
 * Office.js inside Excel) write the same sheet: merged title, the header `track` reads without a
 * map, section rows merged across, a task's repeated cells merged down, cells to fill highlighted,
 * text cells formatted as text so a later =, + or @ typed there never becomes a formula.
 */
import { columnLetters } from '../grid';
import { wrappedRowHeights } from '../sheets/row-heights';
import type { ColumnSpec, SheetSpec, SpecValue, StyleKey } from '../sheets/spec';
import { BREAKDOWN_HEADERS, type BreakdownColumn, type BreakdownSheet } from './breakdown-rows';

const WIDTHS: Record<BreakdownColumn, number> = {
  id: 6,
  section: 18,
  task: 30,
  detail: 60,
  lead: 18,
  responsible: 24,
  direct: 18,
  leader: 14,
  handler: 16,
  deadline: 18,
  points: 7,
  score: 7,
  progress: 24,
  completion: 12,
};
const STYLE: Record<BreakdownColumn, StyleKey> = {
  id: 'text',
  section: 'textWrap',
  task: 'textWrap',
  detail: 'textWrap',
  lead: 'textWrap',
  responsible: 'textWrap',
  direct: 'textWrap',
  leader: 'textWrap',
  handler: 'textWrap',
  deadline: 'text',
  points: 'number',
  score: 'number',
  progress: 'textWrap',
  completion: 'text',
};
/** The title row, then the header: data rows start on row 3. */
const FIRST_DATA_ROW = 3;
const TITLE_HEIGHT = 28;

export function breakdownSpec(sheet: BreakdownSheet, name: string): SheetSpec {
  const { columns } = sheet;
  const last = columnLetters(columns.length - 1);
  const columnSpecs: ColumnSpec[] = columns.map((c) => ({
    header: BREAKDOWN_HEADERS[c],
    width: WIDTHS[c],
    style: STYLE[c],
  }));
  const rows: SpecValue[][] = [];
  const rowStyles: NonNullable<SheetSpec['rowStyles']> = [];
  const cellStyles: NonNullable<SheetSpec['cellStyles']> = [];
  const merges: string[] = [];
  /** Where the current run of repeated cells began, per column. */
  const runStart = new Map<number, number>();
  const closeRun = (col: number, end: number) => {
    const start = runStart.get(col);
    if (start !== undefined && end > start)
      merges.push(`${columnLetters(col)}${start}:${columnLetters(col)}${end}`);
    runStart.delete(col);
  };

  sheet.rows.forEach((row, index) => {
    const r = FIRST_DATA_ROW + index;
    if (row.kind === 'section') {
      for (const col of [...runStart.keys()]) closeRun(col, r - 1);
      rows.push([row.text]);
      rowStyles.push({ index, style: 'section' });
      merges.push(`A${r}:${last}${r}`);
      return;
    }
    rows.push(columns.map((c) => row.cells[c] ?? null));
    columns.forEach((c, col) => {
      if (row.highlight.includes(c))
        cellStyles.push({ address: `${columnLetters(col)}${r}`, style: 'toFill' });
      if (!row.mergeWithAbove.includes(c)) {
        closeRun(col, r - 1);
        runStart.set(col, r);
      }
    });
  });
  for (const col of [...runStart.keys()]) closeRun(col, FIRST_DATA_ROW + sheet.rows.length - 1);

  return {
    role: 'breakdown',
    name,
    preamble: [{ values: [sheet.title], style: 'title', merge: true, height: TITLE_HEIGHT }],
    columns: columnSpecs,
    rows,
    rowStyles,
    cellStyles,
    merges,
    rowHeights: wrappedRowHeights(columnSpecs, rows),
    freeze: { rows: FIRST_DATA_ROW - 1, columns: 0 },
    // Leaders read it printed: landscape, one page wide, title and header on every page.
    print: { landscape: true, fitToWidth: true, repeatRows: `1:${FIRST_DATA_ROW - 1}` },
  };
}
