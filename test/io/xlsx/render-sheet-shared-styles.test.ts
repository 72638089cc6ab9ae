/**
 * Regression: rendering gave every data cell its own style object, so exceljs serialised each cell's
 * style again at write time (seconds at 10,000 tasks) and wrote every empty cell. Cells now share
 * their column's style object; exceljs caches an xf by object, so a date must not share the object
 * of a number in a column without a number format, or one of them would show in the other's format.
 * Empty values and empty texts make no cell: both show as nothing and leave formulas alike.
 */
import ExcelJS from 'exceljs';
import type { SheetSpec } from '../../../src/core/sheets/spec';
import { renderSheet } from '../../../src/io/xlsx/render-sheet';
import { reload } from '../../helpers/workbooks';

const SPEC: SheetSpec = {
  role: 'test',
  name: '样表',
  preamble: [],
  columns: [
    { header: '混合', width: 10, style: 'center' },
    { header: '空', width: 10, style: 'wrap' },
  ],
  rows: [
    [{ date: '2026-06-30' }, null],
    [5, ''],
    [{ formula: 'A2+1', result: { date: '2026-07-01' } }, '有'],
    [{ formula: 'A3', result: 6 }, null],
  ],
};

describe('renderSheet: shared style objects', () => {
  it('keeps dates dates and numbers numbers in a column without a number format', async () => {
    const wb = new ExcelJS.Workbook();
    renderSheet(wb, SPEC);
    const ws = (await reload(wb)).getWorksheet('样表')!;
    expect(ws.getCell('A2').value).toEqual(new Date(Date.UTC(2026, 5, 30)));
    expect(ws.getCell('A3').value).toBe(5);
    expect(ws.getCell('A4').result).toEqual(new Date(Date.UTC(2026, 6, 1)));
    expect(ws.getCell('A5').result).toBe(6);
    expect(ws.getCell('A3').numFmt ?? 'General').toBe('General');
  });

  it('creates no cell for an empty value or text and styles the cells it creates like their column', () => {
    const wb = new ExcelJS.Workbook();
    const ws = renderSheet(wb, SPEC);
    expect(ws.getRow(2).cellCount).toBe(1);
    expect(ws.getRow(4).cellCount).toBe(2);
    expect(ws.getCell('B4').alignment).toEqual(ws.getColumn(2).alignment);
    expect(ws.getCell('A3').style).toBe(ws.getCell('A5').style);
  });
});
