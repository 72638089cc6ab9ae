import ExcelJS from 'exceljs';
import { UNIT_COLUMNS, type UnitColumn } from '../../../src/core/exports/unit-columns';
import { trackerLetter, type TrackerColumn } from '../../../src/core/track/tracker-columns';
import { consolidateReturns, type ReturnedWorkbook } from '../../../src/io/xlsx/consolidate';
import { unitWorkbooks } from '../../../src/io/xlsx/unit-exports';
import { AS_OF, roundTrip, trackedExample } from './tracked-example';

const request = { asOf: AS_OF, lang: 'zh-CN' as const };

/** What a unit does: types into the unlocked cells of its sheet, then saves the file. */
async function fillReturn(
  workbook: ExcelJS.Workbook,
  edits: Record<string, Partial<Record<UnitColumn, ExcelJS.CellValue>>>,
): Promise<ExcelJS.Workbook> {
  const ws = workbook.getWorksheet('督办事项');
  if (!ws) throw new Error('no sheet');
  ws.eachRow((row, r) => {
    const key = String(row.getCell(UNIT_COLUMNS.indexOf('key') + 1).value ?? '');
    if (r < 4 || !edits[key]) return;
    for (const [column, value] of Object.entries(edits[key])) {
      const cell = row.getCell(UNIT_COLUMNS.indexOf(column as UnitColumn) + 1);
      if (cell.protection?.locked !== false) throw new Error(`${column} is locked`);
      cell.value = value;
    }
  });
  return roundTrip(workbook);
}

function trackerCell(workbook: ExcelJS.Workbook, key: string, column: TrackerColumn): ExcelJS.Cell {
  const ws = workbook.getWorksheet('跟踪台账');
  let found: ExcelJS.Cell | null = null;
  ws?.eachRow((row, r) => {
    if (row.getCell(trackerLetter('key')).value === key) found = ws.getCell(`${trackerLetter(column)}${r}`);
  });
  if (!found) throw new Error(`no task ${key}`);
  return found;
}

const statusOf = (workbook: ExcelJS.Workbook, key: string) =>
  (trackerCell(workbook, key, 'status').value as ExcelJS.CellFormulaValue).result;

describe('a monthly cycle: export per unit, units fill their sheets, consolidate', () => {
  let master: ExcelJS.Workbook;
  let merged: ExcelJS.Workbook;
  let returns: ReturnedWorkbook[];
  let outcome: ReturnType<typeof consolidateReturns>;

  beforeAll(async () => {
    master = await trackedExample('civilized-city-2026.xlsx');
    const exported = unitWorkbooks(master, request);
    if (!exported.ok) throw new Error(exported.reason);
    const file = (unit: string) => {
      const found = exported.files.find((f) => f.unit === unit);
      if (!found) throw new Error(unit);
      return found.workbook;
    };
    returns = [
      {
        file: '执法大队.xlsx',
        workbook: await fillReturn(file('执法大队'), {
          '2': {
            progress: '=全部清理完毕',
            completion: '已完成',
            doneDate: new Date(Date.UTC(2026, 10, 20)),
          },
          '6': { problems: '人手不足' },
        }),
      },
      {
        file: '城南分局.xlsx',
        workbook: await fillReturn(file('城南分局'), { '2': { completion: '未完成' } }),
      },
      {
        file: '登记注册科.xlsx',
        workbook: await fillReturn(file('登记注册科'), {
          '4': { completion: '已完成', doneDate: '2026-11-25' },
        }),
      },
      { file: '办公室.xlsx', workbook: await fillReturn(file('办公室'), { '9': { progress: '正在筹备' } }) },
      { file: '汇总表.xlsx', workbook: await roundTrip(master) },
    ];
    // The office writes into the tracker after the export went out.
    trackerCell(master, '9', 'progress').value = '已部署';
    outcome = consolidateReturns(master, returns, request);
    merged = await roundTrip(master);
  });

  it('writes the units’ entries into the tracker by task key and re-plans the statuses', () => {
    expect(outcome.ok).toBe(true);
    expect(trackerCell(merged, '4', 'completion').value).toBe('已完成');
    expect(trackerCell(merged, '4', 'doneDate').value).toEqual(new Date(Date.UTC(2026, 10, 25)));
    expect(statusOf(merged, '4')).toBe('已完成');
    expect(trackerCell(merged, '6', 'remark').value).toBe('存在问题（执法大队）：人手不足');
    const progress = trackerCell(merged, '2', 'progress');
    expect([progress.value, progress.type]).toEqual(['=全部清理完毕', ExcelJS.ValueType.String]);
  });

  it('does not apply conflicts: units that disagree, and a cell the office changed since the export', () => {
    expect(trackerCell(merged, '2', 'completion').value).toBeNull();
    expect(statusOf(merged, '2')).toBe('逾期');
    expect(trackerCell(merged, '9', 'progress').value).toBe('已部署');
  });

  it('adds a merge log listing every change with its previous value, and each conflict', () => {
    if (!outcome.ok) throw new Error('not ok');
    expect(outcome.logSheet).toBe('合并记录 2026-11-30');
    const ws = merged.getWorksheet(outcome.logSheet);
    const rows: unknown[][] = [];
    ws?.eachRow((row, r) => {
      if (r > 3) rows.push((row.values as unknown[]).slice(1, 10));
    });
    expect(rows).toEqual([
      [
        '执法大队.xlsx',
        '执法大队',
        AS_OF,
        '冲突',
        '2',
        '清理占道经营和出店经营',
        '完成情况',
        undefined,
        '已完成',
      ],
      [
        '执法大队.xlsx',
        '执法大队',
        AS_OF,
        '冲突',
        '2',
        '清理占道经营和出店经营',
        '完成日期',
        undefined,
        '2026-11-20',
      ],
      [
        '执法大队.xlsx',
        '执法大队',
        AS_OF,
        '已更新',
        '2',
        '清理占道经营和出店经营',
        '进展情况',
        '整治中',
        '=全部清理完毕',
      ],
      [
        '执法大队.xlsx',
        '执法大队',
        AS_OF,
        '已更新',
        '6',
        '虚假广告查处',
        '备注',
        undefined,
        '存在问题（执法大队）：人手不足',
      ],
      [
        '城南分局.xlsx',
        '城南分局',
        AS_OF,
        '冲突',
        '2',
        '清理占道经营和出店经营',
        '完成情况',
        undefined,
        '未完成',
      ],
      [
        '登记注册科.xlsx',
        '登记注册科',
        AS_OF,
        '已更新',
        '4',
        '清理六小行业无证照经营',
        '完成情况',
        undefined,
        '已完成',
      ],
      [
        '登记注册科.xlsx',
        '登记注册科',
        AS_OF,
        '已更新',
        '4',
        '清理六小行业无证照经营',
        '完成日期',
        undefined,
        '2026-11-25',
      ],
      ['办公室.xlsx', '办公室', AS_OF, '冲突', '9', '迎检查漏补缺', '进展情况', '已部署', '正在筹备'],
      ['汇总表.xlsx', undefined, undefined, '非本工具文件'],
    ]);
    expect(ws?.getCell('A2').value).toBe('共5个文件：2个文件有更新，更新4处；冲突4处，未应用；1个文件未合并');
  });

  it('keeps the source and regenerates the report from the merged entries', () => {
    expect(merged.worksheets.map((ws) => ws.name)).toEqual(
      expect.arrayContaining([
        '任务分解',
        '跟踪台账',
        '月报',
        '月度进度',
        '_respmatrix',
        '合并记录 2026-11-30',
      ]),
    );
    const report = merged.getWorksheet('月报');
    expect([report?.getCell('B7').value, report?.getCell('C7').value]).toEqual(['已完成', 4]);
    expect([report?.getCell('B10').value, report?.getCell('C10').value]).toEqual(['逾期', 1]);
  });

  it('changes nothing when the same returns are merged again', async () => {
    const again = await roundTrip(merged);
    const second = consolidateReturns(again, returns.slice(0, 4), request);
    if (!second.ok) throw new Error('not ok');
    expect(second.result.counts.changes).toBe(0);
    expect(second.logSheet).toBe('合并记录 2026-11-30 (2)');
  });

  it('refuses a workbook that is not tracked', async () => {
    const plain = new ExcelJS.Workbook();
    await plain.xlsx.readFile('examples/civilized-city-2026.xlsx');
    expect(consolidateReturns(plain, returns, request)).toEqual({ ok: false, reason: 'not_tracked' });
  });
});

describe('consolidate and 月度进度', () => {
  /** The 月度进度 cell of a task and month, found by the key column and the month header. */
  function monthCell(workbook: ExcelJS.Workbook, key: string, month: string): ExcelJS.Cell {
    const ws = workbook.getWorksheet('月度进度');
    if (!ws) throw new Error('no months sheet');
    let column = 0;
    ws.getRow(3).eachCell((cell, c) => {
      if (cell.value === month) column = c;
    });
    let found: ExcelJS.Cell | null = null;
    ws.eachRow((row) => {
      if (row.getCell(2).value === key) found = row.getCell(column);
    });
    if (!column || !found) throw new Error(`no cell for ${key} ${month}`);
    return found;
  }

  it('records returned progress as the note of the month the sheet went out, never over a typed note', async () => {
    const master = await trackedExample('civilized-city-2026.xlsx');
    // 每月25日前: by 30 November the month's report is missing.
    expect((monthCell(master, '7', '2026-11').value as ExcelJS.CellFormulaValue).result).toBe('未报送');
    monthCell(master, '1', '2026-11').value = '科室已口头汇报';
    const exported = unitWorkbooks(master, request);
    if (!exported.ok) throw new Error(exported.reason);
    const file = (unit: string) => exported.files.find((f) => f.unit === unit)?.workbook as ExcelJS.Workbook;
    const returns = [
      {
        file: '办公室.xlsx',
        workbook: await fillReturn(file('办公室'), { '7': { progress: '11月报表已报送' } }),
      },
      {
        file: '市场监管科.xlsx',
        workbook: await fillReturn(file('市场监管科'), { '1': { progress: '划行归市已完成' } }),
      },
    ];
    const outcome = consolidateReturns(master, returns, request);
    expect(outcome.ok && outcome.result.notes).toEqual(
      new Map([
        ['1', new Map([['2026-11', '划行归市已完成']])],
        ['7', new Map([['2026-11', '11月报表已报送']])],
      ]),
    );
    const merged = await roundTrip(master);
    expect(monthCell(merged, '7', '2026-11').value).toBe('11月报表已报送');
    expect(monthCell(merged, '1', '2026-11').value).toBe('科室已口头汇报');
    expect(trackerCell(merged, '1', 'progress').value).toBe('划行归市已完成');
  });
});
