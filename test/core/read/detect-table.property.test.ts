import fc from 'fast-check';
import type { CellValue, Grid, MergedRange } from '../../../src/core/grid';
import { readSheet } from '../../../src/core/read/read-sheet';

const HEADER_WORDS = [
  '序号',
  '工作任务',
  '具体内容',
  '牵头单位',
  '责任单位',
  '完成时限',
  '分值',
  '得分',
  '责任分工',
  '主办',
  '协办',
  '备注',
  '任务分解表',
];
const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.constantFrom(...HEADER_WORDS),
  fc.string({ maxLength: 12 }),
  fc.integer({ min: -5, max: 80000 }),
  fc.boolean(),
  fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2100, 0, 1)) }),
  fc.constant({ error: '#N/A' }),
);
const merge: fc.Arbitrary<MergedRange> = fc
  .tuple(fc.nat(40), fc.nat(12), fc.nat(5), fc.nat(5))
  .map(([top, left, h, w]) => ({ top, left, bottom: top + h, right: left + w }));
const grid: fc.Arbitrary<Grid> = fc.record({
  sheetName: fc.constant('Sheet1'),
  rows: fc.array(fc.array(cell, { maxLength: 14 }), { maxLength: 40 }),
  merges: fc.array(merge, { maxLength: 6 }),
});

describe('reading any grid', () => {
  it('never throws, and whatever it finds is consistent', () => {
    fc.assert(
      fc.property(grid, (g) => {
        const reading = readSheet(g, { asOf: '2026-11-30', planYear: 2026 });
        if (!reading) return;
        expect(reading.layout.columns.task).toBeDefined();
        expect(reading.layout.firstDataRow).toBeGreaterThan(reading.layout.headerBottom);
        for (const task of reading.tasks) {
          expect(task.row).toBeGreaterThan(reading.layout.headerBottom + 1);
          expect(task.title.length).toBeGreaterThan(0);
          for (const lead of task.leadUnits) expect(task.responsibleUnits).not.toContain(lead);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('finds a header hidden among random rows wherever it is in the first 30 rows', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 25 }), fc.integer({ min: 0, max: 6 }), (at, offset) => {
        const rows: CellValue[][] = Array.from({ length: at }, (_, i) => [`说明第${i + 1}行`]);
        rows.push([...Array(offset).fill(null), '序号', '工作任务', '牵头单位', '完成时限']);
        rows.push([...Array(offset).fill(null), 1, '任务一', '区财政局', '6月底前']);
        const reading = readSheet(
          { sheetName: 'S', rows, merges: [] },
          { asOf: '2026-11-30', planYear: 2026 },
        );
        expect(reading?.layout.headerTop).toBe(at);
        expect(reading?.layout.columns.task).toEqual([offset + 1]);
        expect(reading?.tasks.map((t) => t.title)).toEqual(['任务一']);
      }),
    );
  });
});
