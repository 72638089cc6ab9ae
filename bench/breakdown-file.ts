/**
 * A generated breakdown Grid written as offices style theirs: borders and wrapped text on every
 * cell, a bold merged title, a shaded header and section rows, date-formatted date cells. Written
 * with exceljs's streaming writer: the in-memory one checks each merge against all earlier merges
 * through a fresh key list, which takes minutes for the merges of 100,000 tasks.
 */
import ExcelJS from 'exceljs';
import { columnLetters, isCellError, type Grid } from '../src/core/grid';

const WIDTHS = [6, 24, 40, 16, 28, 14, 14, 16, 7, 7, 24, 10];
const THIN = { style: 'thin', color: { argb: 'FF000000' } } as const;
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const FONT: Partial<ExcelJS.Font> = { name: '仿宋_GB2312', size: 11 };
const CELL: Partial<ExcelJS.Style> = {
  font: FONT,
  border: BORDER,
  alignment: { wrapText: true, vertical: 'middle' },
};
const DATE_CELL: Partial<ExcelJS.Style> = { ...CELL, numFmt: 'yyyy"年"m"月"d"日"' };
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

export async function writeBreakdownFile(grid: Grid, file: string): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useStyles: true,
    useSharedStrings: true,
  });
  const ws = workbook.addWorksheet(grid.sheetName, { views: [{ state: 'frozen', ySplit: 2 }] });
  ws.columns = WIDTHS.map((width) => ({ width, style: CELL }));
  grid.rows.forEach((values, r) => {
    const row = ws.getRow(r + 1);
    values.forEach((value, c) => {
      if (value === null) return;
      if (isCellError(value)) throw new Error('the generator writes no error values');
      const cell = row.getCell(c + 1);
      cell.value = value;
      cell.style = value instanceof Date ? DATE_CELL : CELL;
    });
  });
  ws.getRow(2).eachCell((cell) => (cell.style = SHADED));
  ws.getRow(1).height = 36;
  ws.getCell('A1').style = TITLE;
  for (const m of grid.merges) {
    // A row merged across the table below the header is a section heading: shade it.
    if (m.top > 1 && m.left === 0 && m.right > 0) ws.getCell(m.top + 1, 1).style = SHADED;
    ws.mergeCells(`${columnLetters(m.left)}${m.top + 1}:${columnLetters(m.right)}${m.bottom + 1}`);
  }
  ws.commit();
  await workbook.commit();
}
