/**
 * A generated breakdown Grid written as offices style theirs: borders and wrapped text on every
 * cell (one shared style per column), a bold merged title, a shaded header and section rows,
 * date-formatted date cells.
 */
import ExcelJS from 'exceljs';
import { columnLetters, type Grid } from '../src/core/grid';

const WIDTHS = [6, 24, 40, 16, 28, 14, 14, 16, 7, 7, 24, 10];
const THIN = { style: 'thin', color: { argb: 'FF000000' } } as const;
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const FONT: Partial<ExcelJS.Font> = { name: '仿宋_GB2312', size: 11 };
const CELL: Partial<ExcelJS.Style> = {
  font: FONT,
  border: BORDER,
  alignment: { wrapText: true, vertical: 'middle' },
};
const SHADED: Partial<ExcelJS.Style> = {
  font: { ...FONT, name: '黑体', bold: true },
  border: BORDER,
  alignment: { wrapText: true, vertical: 'middle', horizontal: 'center' },
  fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } },
};
const TITLE: Partial<ExcelJS.Style> = {
  font: { name: '方正小标宋简体', size: 18 },
  alignment: { vertical: 'middle', horizontal: 'center' },
};
const DATE_FORMAT = 'yyyy"年"m"月"d"日"';

export function breakdownWorkbook(grid: Grid): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet(grid.sheetName);
  WIDTHS.forEach((width, i) => {
    const column = ws.getColumn(i + 1);
    column.width = width;
    column.style = CELL;
  });
  ws.addRows(grid.rows.map((row) => [...row]));
  ws.eachRow((row) =>
    row.eachCell((cell) => {
      if (cell.value instanceof Date) cell.numFmt = DATE_FORMAT;
    }),
  );
  const header = ws.getRow(2);
  header.eachCell((cell) => (cell.style = SHADED));
  ws.getRow(1).height = 36;
  ws.getCell('A1').style = TITLE;
  for (const m of grid.merges) {
    const range = `${columnLetters(m.left)}${m.top + 1}:${columnLetters(m.right)}${m.bottom + 1}`;
    // A row merged across the table below the header is a section heading: shade it.
    if (m.top > 1 && m.left === 0 && m.right > 0) ws.getCell(m.top + 1, 1).style = SHADED;
    ws.mergeCells(range);
  }
  ws.views = [{ state: 'frozen', ySplit: 2 }];
  return workbook;
}

export async function writeBreakdownFile(grid: Grid, file: string): Promise<void> {
  await breakdownWorkbook(grid).xlsx.writeFile(file);
}
