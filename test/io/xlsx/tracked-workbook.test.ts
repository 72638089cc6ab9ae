import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import path from 'node:path';
import { applyTrackPlan } from '../../../src/io/xlsx/tracked-workbook';
import {
  TRACKER_COLUMNS,
  TRACKER_FIRST_DATA_ROW,
  trackerLetter,
} from '../../../src/core/track/tracker-columns';
import { EXAMPLES } from '../../helpers/paths';
import { breakdownWorkbook, readWorkbookFile, reload } from '../../helpers/workbooks';

const REQUEST = { asOf: '2026-11-30', lang: 'zh-CN' as const };

async function trackedExample(lang: 'zh-CN' | 'en-US' = 'zh-CN') {
  const wb = await readWorkbookFile(path.join(EXAMPLES, 'civilized-city-2026.xlsx'));
  const plan = applyTrackPlan(wb, { ...REQUEST, lang });
  if (!plan.ok) throw new Error(plan.reason);
  return { plan, wb: await reload(wb) };
}

function formulaCell(ws: ExcelJS.Worksheet, address: string): { formula: string; result: unknown } {
  const value = ws.getCell(address).value as ExcelJS.CellFormulaValue;
  return { formula: value.formula, result: value.result };
}

describe('the tracked workbook of the example', () => {
  it('holds the source, the generated sheets and the hidden meta sheet', async () => {
    const { wb } = await trackedExample();
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(
      expect.arrayContaining(['任务分解', '跟踪台账', '月度进度', '_respmatrix']),
    );
    expect(wb.getWorksheet('_respmatrix')?.state).toBe('veryHidden');
  });

  it('writes status formulas with cached values matching the reading', async () => {
    const { wb } = await trackedExample();
    const ws = wb.getWorksheet('跟踪台账') as ExcelJS.Worksheet;
    const statuses = [];
    for (let r = TRACKER_FIRST_DATA_ROW; r < TRACKER_FIRST_DATA_ROW + 9; r++) {
      const status = formulaCell(ws, `${trackerLetter('status')}${r}`);
      expect(status.formula).toContain('TODAY()');
      statuses.push(status.result);
    }
    expect(statuses).toEqual([
      '已完成',
      '逾期',
      '长期',
      '逾期',
      '已完成',
      '临期',
      '按进度推进',
      '已完成',
      '按进度推进',
    ]);
    expect(formulaCell(ws, `${trackerLetter('daysLeft')}${TRACKER_FIRST_DATA_ROW + 1}`).result).toBe(-30);
    // The due date is a real date cell; a recurring deadline's is a formula over TODAY().
    expect(ws.getCell(`${trackerLetter('due')}${TRACKER_FIRST_DATA_ROW}`).value).toEqual(
      new Date(Date.UTC(2026, 8, 20)),
    );
    const recurring = formulaCell(ws, `${trackerLetter('due')}${TRACKER_FIRST_DATA_ROW + 6}`);
    expect(recurring.formula).toContain('EOMONTH(TODAY()');
    expect(recurring.result).toEqual(new Date(Date.UTC(2026, 11, 25)));
  });

  it('pre-fills the typed columns from the source and hides the key column', async () => {
    const { wb } = await trackedExample();
    const ws = wb.getWorksheet('跟踪台账') as ExcelJS.Worksheet;
    const row = ws.getRow(TRACKER_FIRST_DATA_ROW);
    const at = (c: (typeof TRACKER_COLUMNS)[number]) => row.getCell(TRACKER_COLUMNS.indexOf(c) + 1).value;
    expect([at('completion'), at('progress'), at('points'), at('score')]).toEqual([
      '已完成',
      '已完成分区',
      5,
      5,
    ]);
    expect(ws.getColumn(TRACKER_COLUMNS.indexOf('key') + 1).hidden).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: TRACKER_FIRST_DATA_ROW - 1 });
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, fitToWidth: 1 });
  });

  it('keeps every cell of the source sheet as it was', async () => {
    const before = await readWorkbookFile(path.join(EXAMPLES, 'civilized-city-2026.xlsx'));
    const { wb } = await trackedExample();
    const values = (w: ExcelJS.Workbook) => {
      const out: unknown[] = [];
      (w.getWorksheet('任务分解') as ExcelJS.Worksheet).eachRow({ includeEmpty: true }, (row) =>
        out.push(row.values),
      );
      return out;
    };
    expect(values(wb)).toEqual(values(before));
    expect((wb.getWorksheet('任务分解') as ExcelJS.Worksheet).model.merges).toEqual(
      (before.getWorksheet('任务分解') as ExcelJS.Worksheet).model.merges,
    );
  });

  it('names the sheets in English with --lang en', async () => {
    const { wb } = await trackedExample('en-US');
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(expect.arrayContaining(['Tracker', 'Months']));
    const ws = wb.getWorksheet('Tracker') as ExcelJS.Worksheet;
    expect(formulaCell(ws, `${trackerLetter('status')}${TRACKER_FIRST_DATA_ROW + 1}`).result).toBe('Overdue');
  });

  it('never takes a sheet it does not own: a user sheet named 跟踪台账 stays as it was', async () => {
    const wb = await readWorkbookFile(path.join(EXAMPLES, 'civilized-city-2026.xlsx'));
    wb.addWorksheet('跟踪台账').getCell('A1').value = '我的笔记';
    const plan = applyTrackPlan(wb, REQUEST);
    expect(plan.ok && plan.names.tracker).toBe('跟踪台账 (2)');
    const again = applyTrackPlan(await reload(wb), REQUEST);
    expect(again.ok && again.names.tracker).toBe('跟踪台账 (2)');
    expect(wb.getWorksheet('跟踪台账')?.getCell('A1').value).toBe('我的笔记');
  });
});

describe('cost does not grow with the number of tasks', () => {
  async function built(count: number) {
    const wb = breakdownWorkbook(count);
    const plan = applyTrackPlan(wb, REQUEST);
    if (!plan.ok) throw new Error(plan.reason);
    const buffer = await wb.xlsx.writeBuffer();
    const zip = await JSZip.loadAsync(buffer);
    const styles = (await zip.file('xl/styles.xml')?.async('string')) ?? '';
    const cellXfs = /<cellXfs count="(\d+)"/.exec(styles)?.[1];
    const rules = plan.specs.reduce((n, s) => n + (s.rules?.length ?? 0) + (s.dataBars?.length ?? 0), 0);
    const read = new ExcelJS.Workbook();
    await read.xlsx.load(buffer as ArrayBuffer);
    const cfCount = read.worksheets.reduce(
      (n, ws) =>
        n +
        (
          (ws as unknown as { conditionalFormattings: { rules: unknown[] }[] }).conditionalFormattings ?? []
        ).reduce((m, cf) => m + cf.rules.length, 0),
      0,
    );
    return { styles: Number(cellXfs), rules, cfCount, tasks: plan.model.tasks.length };
  }

  it('the same conditional-format rules and styles for 10 and 10,000 tasks', async () => {
    const small = await built(10);
    const large = await built(10_000);
    expect(large.tasks).toBe(10_000);
    expect(large.rules).toBe(small.rules);
    expect(large.cfCount).toBe(small.cfCount);
    expect(large.cfCount).toBe(large.rules);
    expect(large.styles).toBe(small.styles);
    expect(large.styles).toBeLessThan(100);
  }, 120_000);
});
