/**
 * The benchmark's generated breakdown sheets: the same every time, read back by the exceljs adapter
 * as the very Grid the core case is measured on, and as varied as the issue asks.
 */
import path from 'node:path';
import { writeBreakdownFile } from '../../bench/breakdown-file';
import { generateBreakdown, HEADERS, SHEET_NAME, unitCountFor } from '../../bench/generate';
import { parseDeadline } from '../../src/core/cells/deadline';
import type { CellValue, Grid } from '../../src/core/grid';
import { readSheet } from '../../src/core/read/read-sheet';
import { gridFromWorksheet } from '../../src/io/xlsx/grid-from-worksheet';
import { readWorkbookFile, tempDir } from '../helpers/workbooks';

const AS_OF = '2026-11-30';

/** Rows without their trailing empty cells: the adapter stops at a row's last value. */
function trimmed(grid: Grid): CellValue[][] {
  return grid.rows.map((row) => {
    let end = row.length;
    while (end > 0 && row[end - 1] === null) end--;
    return row.slice(0, end);
  });
}

describe('generateBreakdown', () => {
  it('is deterministic', () => {
    expect(generateBreakdown(300)).toEqual(generateBreakdown(300));
  });

  it('reads back from the written workbook as the same Grid', async () => {
    const { grid } = generateBreakdown(300);
    const file = path.join(tempDir(), 'breakdown.xlsx');
    await writeBreakdownFile(grid, file);
    const copy = await readWorkbookFile(file);
    const back = gridFromWorksheet(copy.getWorksheet(SHEET_NAME)!);
    expect(trimmed(back)).toEqual(trimmed(grid));
    expect(new Set(back.merges.map((m) => JSON.stringify(m)))).toEqual(
      new Set(grid.merges.map((m) => JSON.stringify(m))),
    );
  });

  it('has the 12 columns, sections, merged leads and every kind of deadline', () => {
    const { grid, units } = generateBreakdown(1_000);
    expect(grid.rows[1]).toEqual([...HEADERS]);
    expect(units).toBeGreaterThanOrEqual(30);
    expect(units).toBeLessThanOrEqual(unitCountFor(1_000));
    const lead = HEADERS.indexOf('牵头单位');
    expect(grid.merges.some((m) => m.left === lead && m.bottom > m.top)).toBe(true);
    expect(grid.merges.some((m) => m.left === 0 && m.right === HEADERS.length - 1 && m.top > 1)).toBe(true);

    const reading = readSheet(grid, { asOf: AS_OF })!;
    expect(reading.tasks).toHaveLength(1_000);
    expect(new Set(reading.tasks.map((t) => t.section)).size).toBeGreaterThan(3);
    expect(reading.tasks.some((t) => t.responsibleUnits.length >= 3)).toBe(true);
    expect(reading.tasks.some((t) => t.done)).toBe(true);
    expect(reading.tasks.some((t) => t.score !== null)).toBe(true);

    const deadline = HEADERS.indexOf('完成时限');
    const readings = grid.rows
      .slice(2)
      .map((row) => row[deadline] ?? null)
      .filter((v) => v !== null)
      .map((v) => parseDeadline(v, { asOf: AS_OF, planYear: 2026 }));
    expect(new Set(readings.map((d) => d.kind))).toEqual(
      new Set(['date', 'range', 'recurring', 'ongoing', 'unparsed']),
    );
    expect(readings.some((d) => d.placeholderYear)).toBe(true);
  });

  it('names 30 units for 100 tasks and 200 for 100,000', () => {
    expect([100, 1_000, 10_000, 100_000].map(unitCountFor)).toEqual([30, 87, 143, 200]);
  });
});
