/** A workbook holding one Grid as a sheet — how CSV input becomes a workbook the tracker can copy. */
import ExcelJS from 'exceljs';
import type { Grid } from '../../core/grid';
import { safeSheetName } from '../../core/sheets/sheet-names';

export function workbookFromGrid(grid: Grid): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet(safeSheetName(grid.sheetName));
  grid.rows.forEach((row, r) => {
    if (row.length > 0)
      ws.getRow(r + 1).values = row.map((v) =>
        v !== null && typeof v === 'object' && !(v instanceof Date) ? v.error : v,
      );
  });
  return workbook;
}
