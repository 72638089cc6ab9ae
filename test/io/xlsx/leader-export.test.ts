import ExcelJS from 'exceljs';
import { leaderWorkbook } from '../../../src/io/xlsx/leader-export';
import { AS_OF, roundTrip, tracked, trackedExample, trickyWorkbook } from './tracked-example';

async function leaderOf(source: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const result = leaderWorkbook(source, { asOf: AS_OF, lang: 'zh-CN' });
  if (!result.ok) throw new Error(result.reason);
  return roundTrip(result.workbook);
}

function allCells(ws: ExcelJS.Worksheet): ExcelJS.Cell[] {
  const cells: ExcelJS.Cell[] = [];
  ws.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => cells.push(cell)),
  );
  return cells;
}

describe('leader export', () => {
  let leader: ExcelJS.Workbook;
  beforeAll(async () => {
    leader = await leaderOf(await trackedExample('civilized-city-2026.xlsx'));
  });

  it('holds only 月报, 单位汇总 and 逾期清单, all visible', () => {
    expect(leader.worksheets.map((ws) => [ws.name, ws.state])).toEqual([
      ['月报', 'visible'],
      ['单位汇总', 'visible'],
      ['逾期清单', 'visible'],
    ]);
  });

  it('has no formulas at all, only values', () => {
    for (const ws of leader.worksheets) {
      const cells = allCells(ws);
      expect(cells.length).toBeGreaterThan(10);
      expect(cells.filter((c) => c.formula !== undefined || c.type === ExcelJS.ValueType.Formula)).toEqual(
        [],
      );
    }
  });

  it('prints A4 landscape, one page wide, header rows on every page, titled header and page x of y', () => {
    const repeat: Record<string, string> = { 月报: '1:2', 单位汇总: '3:3', 逾期清单: '3:3' };
    for (const ws of leader.worksheets) {
      expect(ws.pageSetup).toMatchObject({
        paperSize: 9,
        orientation: 'landscape',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        printTitlesRow: repeat[ws.name],
      });
      expect(ws.headerFooter.oddHeader).toMatch(/^&L创建省级文明城市工作测评.+&R截至2026-11-30$/);
      expect(ws.headerFooter.oddFooter).toBe('&C第 &P 页，共 &N 页');
      expect(ws.views[0]).toMatchObject({ state: 'frozen' });
    }
  });

  it('shows the figures of the report', () => {
    const report = leader.getWorksheet('月报');
    expect(report?.getCell('A1').value).toBe('创建省级文明城市工作测评月报（2026年11月）');
    expect(report?.getCell('B10').value).toBe('逾期');
    expect(report?.getCell('C10').value).toBe(2);
    const overdue = leader.getWorksheet('逾期清单');
    expect(overdue?.getRow(4).values).toEqual([
      undefined,
      1,
      '清理占道经营和出店经营',
      '执法大队',
      '城南分局、城北分局、黄土岭分局',
      '陈立（直接责任人）、周涛（承办人）',
      '10月底前',
      new Date(Date.UTC(2026, 9, 31)),
      30,
      '整治中',
    ]);
    const units = leader.getWorksheet('单位汇总');
    expect(units?.getRow(3).getCell(2).value).toBe('单位');
    expect(units?.getRow(4).values).toEqual(expect.arrayContaining([1, '行政审批科']));
  });

  it('writes text that looks like a formula as text', async () => {
    const tricky = await leaderOf(await tracked(trickyWorkbook()));
    const overdue = tricky.getWorksheet('逾期清单');
    const row = overdue?.getRow(4);
    for (const c of [2, 3, 9]) {
      expect(row?.getCell(c).type).toBe(ExcelJS.ValueType.String);
      expect(row?.getCell(c).formula).toBeUndefined();
    }
    expect([row?.getCell(2).value, row?.getCell(3).value, row?.getCell(9).value]).toEqual([
      '=HYPERLINK("http://x","点击")',
      '+区财政局',
      '-1+2',
    ]);
  });
});
