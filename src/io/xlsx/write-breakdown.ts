/**
 * A breakdown sheet (core/extract/breakdown-rows) written as an exceljs worksheet: merged title,
 * header, section rows merged across, cells to fill highlighted. Every text is written as a string
 * in a text-formatted cell, so =, +, - or @ at its start never makes a formula, not even after the
 * user edits the cell in Excel.
 */
import type { Cell, Workbook, Worksheet } from 'exceljs';
import {
  BREAKDOWN_HEADERS,
  type BreakdownColumn,
  type BreakdownItem,
  type BreakdownSheet,
  type BreakdownValue,
} from '../../core/extract/breakdown-rows';

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
const WRAPPED: ReadonlySet<BreakdownColumn> = new Set([
  'section',
  'task',
  'detail',
  'lead',
  'responsible',
  'direct',
  'leader',
  'handler',
  'progress',
]);
const HEADER_FILL = 'FFD9E1F2';
const SECTION_FILL = 'FFF2F2F2';
const TO_FILL = 'FFFFEB9C';
const THIN = { style: 'thin' as const, color: { argb: 'FFBFBFBF' } };
/** Points a wrapped line of CJK text takes at the default font, and Excel’s largest row height. */
const LINE_HEIGHT = 17;
const MAX_HEIGHT = 409;
/** Characters XML 1.0 cannot hold; a file with them would not open. */
const NOT_XML =
  /[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function writeBreakdown(workbook: Workbook, name: string, sheet: BreakdownSheet): Worksheet {
  const ws = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: 2 }],
    // Leaders read it printed: landscape, one page wide, title and header on every page.
    pageSetup: {
      orientation: 'landscape',
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:2',
    },
  });
  const width = sheet.columns.length;
  ws.columns = sheet.columns.map((c) => ({ width: WIDTHS[c] }));

  const title = ws.getCell(1, 1);
  setText(title, sheet.title);
  title.font = { bold: true, size: 14 };
  title.alignment = { horizontal: 'center', vertical: 'middle' };
  ws.mergeCells(1, 1, 1, width);
  ws.getRow(1).height = 28;

  sheet.columns.forEach((c, i) => {
    const cell = ws.getCell(2, i + 1);
    setText(cell, BREAKDOWN_HEADERS[c]);
    cell.font = { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  });

  const runStart = new Map<BreakdownColumn, number>();
  sheet.rows.forEach((row, k) => {
    const r = k + 3;
    if (row.kind === 'section') {
      closeRuns(ws, sheet.columns, runStart, r);
      const cell = ws.getCell(r, 1);
      setText(cell, row.text);
      cell.font = { bold: true };
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: SECTION_FILL } };
      ws.mergeCells(r, 1, r, width);
      return;
    }
    writeItem(ws, sheet.columns, row, r);
    for (const c of sheet.columns) {
      if (!row.mergeWithAbove.includes(c)) {
        mergeRun(ws, sheet.columns.indexOf(c) + 1, runStart.get(c), r - 1);
        runStart.set(c, r);
      }
    }
  });
  closeRuns(ws, sheet.columns, runStart, sheet.rows.length + 3);
  return ws;
}

function writeItem(ws: Worksheet, columns: readonly BreakdownColumn[], row: BreakdownItem, r: number): void {
  columns.forEach((c, i) => {
    const cell = ws.getCell(r, i + 1);
    const value: BreakdownValue | undefined = row.cells[c];
    if (typeof value === 'number') cell.value = value;
    else setText(cell, value ?? '');
    cell.alignment = { vertical: 'top', wrapText: WRAPPED.has(c) };
    cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
    if (row.highlight.includes(c))
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: TO_FILL } };
  });
  // Not every reader sizes rows to wrapped text on opening (LibreOffice does not), so estimate it.
  const lines = Math.max(
    1,
    ...columns.filter((c) => WRAPPED.has(c)).map((c) => linesOf(String(row.cells[c] ?? ''), WIDTHS[c])),
  );
  if (lines > 1) ws.getRow(r).height = Math.min(MAX_HEIGHT, lines * LINE_HEIGHT);
}

/** Wrapped lines a text takes in a column: a CJK character is about two width units, others one. */
function linesOf(text: string, width: number): number {
  return text.split('\n').reduce((sum, part) => {
    let units = 0;
    for (const ch of part) units += ch.charCodeAt(0) > 0x2e7f ? 2.1 : 1;
    return sum + Math.max(1, Math.ceil(units / (width - 1)));
  }, 0);
}

/** A string value in a text-formatted cell; an empty text leaves the value empty but keeps the format. */
function setText(cell: Cell, text: string): void {
  cell.numFmt = '@';
  const safe = text.replace(NOT_XML, '');
  cell.value = safe === '' ? null : safe;
}

function closeRuns(
  ws: Worksheet,
  columns: readonly BreakdownColumn[],
  runStart: Map<BreakdownColumn, number>,
  nextRow: number,
): void {
  for (const [c, start] of runStart) mergeRun(ws, columns.indexOf(c) + 1, start, nextRow - 1);
  runStart.clear();
}

function mergeRun(ws: Worksheet, col: number, start: number | undefined, end: number): void {
  if (start !== undefined && end > start) ws.mergeCells(start, col, end, col);
}
