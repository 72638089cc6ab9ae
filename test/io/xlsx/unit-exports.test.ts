import ExcelJS from 'exceljs';
import { RETURN_FIELDS, UNIT_COLUMNS } from '../../../src/core/exports/unit-columns';
import { unitWorkbooks, type UnitWorkbook } from '../../../src/io/xlsx/unit-exports';
import { AS_OF, roundTrip, tracked, trackedExample, trickyWorkbook } from './tracked-example';

const column = (name: (typeof UNIT_COLUMNS)[number]) => UNIT_COLUMNS.indexOf(name) + 1;

async function exportsOf(source: ExcelJS.Workbook): Promise<UnitWorkbook[]> {
  const result = unitWorkbooks(source, { asOf: AS_OF, lang: 'zh-CN' });
  if (!result.ok) throw new Error(result.reason);
  return Promise.all(result.files.map(async (f) => ({ ...f, workbook: await roundTrip(f.workbook) })));
}

describe('per-unit exports', () => {
  let files: UnitWorkbook[];
  beforeAll(async () => {
    files = await exportsOf(await trackedExample('civilized-city-2026.xlsx'));
  });

  it('makes one workbook per unit, named after it', () => {
    expect(files.map((f) => [f.fileName, f.tasks])).toEqual([
      ['市场监管科.xlsx', 2],
      ['城南分局.xlsx', 2],
      ['城北分局.xlsx', 2],
      ['执法大队.xlsx', 3],
      ['黄土岭分局.xlsx', 1],
      ['各市场开办者.xlsx', 1],
      ['登记注册科.xlsx', 1],
      ['各基层分局.xlsx', 4],
      ['广告监管科.xlsx', 2],
      ['办公室.xlsx', 2],
      ['各科室.xlsx', 2],
      ['行政审批科.xlsx', 1],
      ['各服务窗口.xlsx', 1],
    ]);
  });

  it('locks the sheet except the four columns the unit fills', () => {
    const ws = files[3].workbook.getWorksheet('督办事项');
    if (!ws) throw new Error('no sheet');
    // exceljs keeps the sheet's protection on the worksheet without typing it.
    const { sheetProtection } = ws as unknown as { sheetProtection: Record<string, unknown> };
    expect(sheetProtection).toMatchObject({ sheet: true, formatRows: true });
    expect(sheetProtection).not.toHaveProperty('hashValue');
    for (let r = 4; r <= 6; r++) {
      for (const field of RETURN_FIELDS) expect(ws.getCell(r, column(field)).protection?.locked).toBe(false);
      for (const fixed of ['task', 'lead', 'status', 'key', 'baseProgress'] as const)
        expect(ws.getCell(r, column(fixed)).protection?.locked).not.toBe(false);
    }
    // The header row stays locked, even over the fill-in columns.
    expect(ws.getCell(3, column('progress')).protection?.locked).not.toBe(false);
  });

  it('hides the task key and the values as exported, and offers done / not done', () => {
    const ws = files[3].workbook.getWorksheet('督办事项');
    if (!ws) throw new Error('no sheet');
    const hidden = UNIT_COLUMNS.filter((c) => ws.getColumn(column(c)).hidden);
    expect(hidden).toEqual(['key', 'baseProgress', 'baseCompletion', 'baseDoneDate']);
    expect(ws.getCell(4, column('key')).value).toBe('2');
    expect(ws.getCell(5, column('completion')).dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"已完成,未完成"'],
    });
  });

  it('carries a hidden marker naming the unit and the export date', () => {
    const marker = files[3].workbook.getWorksheet('_respmatrix_export');
    expect(marker?.state).toBe('veryHidden');
    const pairs = new Map<string, unknown>();
    marker?.eachRow((row) => pairs.set(String(row.getCell(1).value), row.getCell(2).value));
    expect(pairs.get('marker')).toBe('respmatrix-unit-export');
    expect(pairs.get('unit')).toBe('执法大队');
    expect(pairs.get('exportDate')).toBe(AS_OF);
  });

  it('writes what users typed as text, never as a formula', async () => {
    const [first] = await exportsOf(await tracked(trickyWorkbook()));
    const ws = first.workbook.getWorksheet('督办事项');
    const cells = [column('task'), column('lead'), column('progress'), column('baseProgress')].map((c) =>
      ws?.getCell(4, c),
    );
    expect(cells.map((c) => c?.value)).toEqual([
      '=HYPERLINK("http://x","点击")',
      '+区财政局',
      '-1+2',
      '-1+2',
    ]);
    for (const cell of cells) {
      expect(cell?.type).toBe(ExcelJS.ValueType.String);
      expect(cell?.formula).toBeUndefined();
    }
  });
});
