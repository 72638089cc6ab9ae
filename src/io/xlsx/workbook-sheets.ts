/** The worksheets of an exceljs workbook as lazily built Grids, for the core's sheet picker. */
import type { Workbook } from 'exceljs';
import type { LazySheet } from '../../core/read/read-workbook';
import { gridFromWorksheet } from './grid-from-worksheet';

export function lazySheets(
  workbook: Workbook,
  options: { skip?: (name: string) => boolean } = {},
): LazySheet[] {
  return workbook.worksheets
    .filter((ws) => !options.skip?.(ws.name))
    .map((ws) => ({ name: ws.name, grid: () => gridFromWorksheet(ws) }));
}
