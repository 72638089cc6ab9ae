/** In-memory Excel workbooks for the gateway tests, built from the examples and the breakdown generator. */
import ExcelJS from 'exceljs';
import path from 'node:path';
import { MemoryExcel, type MemoryExcelOptions } from '../../../src/io/office/memory/memory-excel';
import { gridFromWorksheet } from '../../../src/io/xlsx/grid-from-worksheet';
import { EXAMPLES } from '../../helpers/paths';
import { breakdownWorkbook, readWorkbookFile } from '../../helpers/workbooks';

export function memoryOf(workbook: ExcelJS.Workbook, options?: MemoryExcelOptions): MemoryExcel {
  return new MemoryExcel(
    workbook.worksheets.map((ws) => {
      const grid = gridFromWorksheet(ws);
      return { name: ws.name, rows: grid.rows, merges: grid.merges };
    }),
    options,
  );
}

export async function exampleExcel(options?: MemoryExcelOptions): Promise<MemoryExcel> {
  return memoryOf(await readWorkbookFile(path.join(EXAMPLES, 'civilized-city-2026.xlsx')), options);
}

export function breakdownExcel(tasks: number, options?: MemoryExcelOptions): MemoryExcel {
  return memoryOf(breakdownWorkbook(tasks), options);
}

export function depsOf(excel: MemoryExcel) {
  return { run: excel.run, supports: excel.supports };
}
