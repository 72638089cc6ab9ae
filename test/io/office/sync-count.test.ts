/**
 * Round trips by size: a refresh costs the same four syncs while the data fits one payload and more
 * only with the bands beyond it; no request or response ever passes Excel on the web's 5 MB.
 */
import type { CellValue } from '../../../src/core/grid';
import type { SheetSpec } from '../../../src/core/sheets/spec';
import { MemoryContext } from '../../../src/io/office/memory/context';
import { MemoryExcel } from '../../../src/io/office/memory/memory-excel';
import { DEFAULT_BUDGET, EXCEL_PAYLOAD_LIMIT } from '../../../src/io/office/payload';
import { readGrids } from '../../../src/io/office/read-grids';
import { refreshSyncCount } from '../../../src/io/office/sync-count';
import { packOps, sheetOps } from '../../../src/io/office/write-sheet';
import { gridFromWorksheet } from '../../../src/io/xlsx/grid-from-worksheet';
import { breakdownWorkbook } from '../../helpers/workbooks';

const REQUEST = { asOf: '2026-11-30', lang: 'zh-CN' as const };

function source(tasks: number) {
  return gridFromWorksheet(breakdownWorkbook(tasks).getWorksheet('任务分解')!);
}

describe('refreshSyncCount', () => {
  it('is four syncs at 100 and at 1,000 tasks', async () => {
    for (const tasks of [100, 1_000]) {
      const report = await refreshSyncCount(source(tasks), REQUEST);
      expect(report).toMatchObject({ tasks, buildSyncs: 4, refreshSyncs: 4, writeSyncs: 1 });
    }
  });

  it('grows with the bands at 10,000 tasks and keeps every payload under the limit', async () => {
    const report = await refreshSyncCount(source(10_000), REQUEST);
    expect(report.tasks).toBe(10_000);
    expect(report.refreshSyncs).toBeGreaterThan(4);
    expect(report.writeSyncs).toBeGreaterThan(1);
    // Bands are about as large as the budget allows: not many more than the bytes require.
    expect(report.refreshSyncs).toBeLessThanOrEqual(14);
    expect(report.largestRequest).toBeLessThan(EXCEL_PAYLOAD_LIMIT);
    expect(report.largestResponse).toBeLessThan(EXCEL_PAYLOAD_LIMIT);
  }, 120_000);
});

/**
 * At 100,000 rows the planner alone takes minutes, so the two stages the gateway adds are measured
 * apart: reading a 100,000-row sheet, and writing a 100,000-row sheet of tracker-like text.
 */
describe('at 100,000 rows', () => {
  const ROWS = 100_000;
  const row = (i: number): CellValue[] => [
    i + 1,
    `重点任务第${i + 1}项：推进区财政局相关工作，按月报送进展`,
    '区财政局',
    '区住建局、区教育局',
    '10月底前',
    5,
    i % 3 === 0 ? 5 : null,
    i % 4 === 0 ? '已完成' : null,
  ];

  it('reads in bands under the limits, in a number of syncs that follows the bytes', async () => {
    const rows = [
      ['序号', '工作任务', '牵头单位', '责任单位', '完成时限', '分值', '得分', '完成情况'],
      ...Array.from({ length: ROWS }, (_, i) => row(i)),
    ];
    const excel = new MemoryExcel([{ name: '任务分解', rows }]);
    let syncs = 0;
    const grids = await excel.run((context) =>
      readGrids(context, [{ name: '任务分解', top: 0, left: 0, rows: rows.length, columns: 8 }], {
        budget: DEFAULT_BUDGET,
        merges: true,
        sync: async () => {
          syncs++;
          await context.sync();
        },
      }),
    );
    expect(grids.get('任务分解')?.rows).toHaveLength(rows.length);
    expect(grids.get('任务分解')?.rows[ROWS]).toEqual(row(ROWS - 1).slice(0, 7));
    const bytes = excel.batches.reduce((n, b) => n + b.responseBytes, 0);
    expect(syncs).toBe(excel.syncs);
    expect(syncs).toBeGreaterThanOrEqual(Math.ceil(bytes / EXCEL_PAYLOAD_LIMIT));
    expect(syncs).toBeLessThanOrEqual(Math.ceil(bytes / (DEFAULT_BUDGET.bytes / 2)) + 1);
    expect(excel.batches.every((b) => b.responseBytes < EXCEL_PAYLOAD_LIMIT)).toBe(true);
  }, 120_000);

  it('writes in batches under the limits', async () => {
    const spec: SheetSpec = {
      role: 'tracker',
      name: '跟踪台账',
      preamble: [{ values: ['标题'], style: 'title' }],
      columns: Array.from({ length: 8 }, (_, i) => ({
        header: `列${i + 1}`,
        width: 12,
        style: i === 1 ? 'wrap' : 'body',
      })),
      rows: Array.from({ length: ROWS }, (_, i) =>
        row(i).map((v) => (v instanceof Date ? null : (v as string | number | null))),
      ),
      rules: [{ range: `A3:H${ROWS + 2}`, formula: '$H3="已完成"', highlight: 'done' }],
    };
    const excel = new MemoryExcel([]);
    const batches = packOps(sheetOps(spec, excel.supports, new Set()), DEFAULT_BUDGET.bytes);
    await excel.run(async (context) => {
      for (const batch of batches) {
        for (const o of batch) o.apply(context);
        await (context as MemoryContext).sync();
      }
    });
    const bytes = excel.batches.reduce((n, b) => n + b.requestBytes, 0);
    expect(excel.syncs).toBe(batches.length);
    expect(excel.syncs).toBeLessThanOrEqual(Math.ceil(bytes / (DEFAULT_BUDGET.bytes * 0.7)));
    expect(excel.batches.every((b) => b.requestBytes < EXCEL_PAYLOAD_LIMIT)).toBe(true);
    expect(excel.grid('跟踪台账').rows[ROWS + 1]?.[1]).toBe(row(ROWS - 1)[1]);
  }, 120_000);
});
