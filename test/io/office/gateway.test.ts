/**
 * The Office.js gateway against the in-memory workbook: what it reads, what it writes, in how many
 * syncs, and that it keeps to Excel on the web's payload limits.
 */
import path from 'node:path';
import type { CellValue, Grid } from '../../../src/core/grid';
import { countTasks } from '../../../src/core/summary';
import { HIGHLIGHTS } from '../../../src/core/sheets/palette';
import { readSheet } from '../../../src/core/read/read-sheet';
import { planTrackedWorkbook } from '../../../src/core/track/plan-workbook';
import { TRACKER_FIRST_DATA_ROW, trackerLetter } from '../../../src/core/track/tracker-columns';
import { readSelection, readSnapshot, selectRange, trackInExcel } from '../../../src/io/office/gateway';
import { parseCellRange } from '../../../src/core/read/cell-range';
import { SheetState } from '../../../src/io/office/memory/sheet-state';
import { EXCEL_PAYLOAD_LIMIT } from '../../../src/io/office/payload';
import { gridFromWorksheet } from '../../../src/io/xlsx/grid-from-worksheet';
import { EXAMPLES } from '../../helpers/paths';
import { readWorkbookFile } from '../../helpers/workbooks';
import { depsOf, exampleExcel } from './memory-workbooks';

const REQUEST = { asOf: '2026-11-30', lang: 'zh-CN' as const, sheet: '任务分解' };
const TRACKER = '跟踪台账';

/** Rows without trailing empty cells, for comparing grids built by different readers; '' is empty in Excel. */
function trimmed(grid: Grid): CellValue[][] {
  return grid.rows.map((row) => {
    const out = row.map((v) => (v === '' ? null : v));
    while (out.length > 0 && (out[out.length - 1] === null || out[out.length - 1] === undefined)) out.pop();
    return out;
  });
}

function cell(address: string, grid: Grid): CellValue {
  const m = /^([A-Z]+)(\d+)$/.exec(address) as RegExpExecArray;
  const col = m[1].charCodeAt(0) - 65;
  return grid.rows[Number(m[2]) - 1]?.[col] ?? null;
}

describe('readSnapshot', () => {
  it('reads the active sheet with its merged areas in three syncs, as exceljs reads the file', async () => {
    const excel = await exampleExcel();
    const snapshot = await readSnapshot(depsOf(excel));
    expect(snapshot.sheet).toBe('任务分解');
    expect(snapshot.meta).toBeNull();
    expect(snapshot.stats.syncs).toBe(3);
    expect(excel.syncs).toBe(3);

    const wb = await readWorkbookFile(path.join(EXAMPLES, 'civilized-city-2026.xlsx'));
    const expected = gridFromWorksheet(wb.getWorksheet('任务分解')!);
    expect(trimmed(snapshot.grid)).toEqual(trimmed(expected));
    expect(snapshot.grid.merges).toEqual(expect.arrayContaining(expected.merges as never[]));
    expect(snapshot.grid.merges).toHaveLength(expected.merges.length);

    const reading = readSheet(snapshot.grid, { asOf: '2026-11-30' });
    expect(reading?.tasks).toHaveLength(9);
    expect(countTasks(reading?.tasks ?? [])).toMatchObject({
      done: 3,
      overdue: 2,
      due_soon: 1,
      on_track: 2,
      ongoing: 1,
      unscored: 3,
    });
  });

  it('reads without merged areas where ExcelApi 1.13 is missing, and says so', async () => {
    const excel = await exampleExcel({ apiMinor: 12 });
    const snapshot = await readSnapshot(depsOf(excel));
    expect(snapshot.grid.merges).toEqual([]);
    expect(snapshot.stats.skipped).toEqual(['merges']);
  });

  it('reads the source an earlier build saved, whatever sheet is active', async () => {
    const excel = await exampleExcel();
    await trackInExcel(depsOf(excel), REQUEST);
    expect(excel.active).toBe(TRACKER);
    const snapshot = await readSnapshot(depsOf(excel));
    expect(snapshot.sheet).toBe('任务分解');
    expect(snapshot.meta?.source).toBe('任务分解');
    expect(snapshot.sheets.find((s) => s.name === '_respmatrix')?.visibility).toBe('VeryHidden');
  });
  it('reads the active sheet when only generated sheets are left, so the planner can say the source is gone', async () => {
    const excel = await exampleExcel();
    await trackInExcel(depsOf(excel), REQUEST);
    excel.sheets.splice(excel.sheets.indexOf(excel.sheet('任务分解')), 1);
    const snapshot = await readSnapshot(depsOf(excel));
    expect(snapshot.sheet).toBe(TRACKER);
    const result = await trackInExcel(depsOf(excel), REQUEST);
    expect(result.plan).toMatchObject({ ok: false, reason: 'sheet_not_found' });
  });
});

describe('trackInExcel', () => {
  it('builds the tracked workbook in four syncs: survey, used ranges, values, writes', async () => {
    const excel = await exampleExcel();
    const result = await trackInExcel(depsOf(excel), REQUEST);
    if (!result.plan.ok) throw new Error(result.plan.reason);
    expect(result.stats).toEqual({ syncs: 4, writeSyncs: 1, skipped: [] });
    expect(excel.syncs).toBe(4);
    expect(excel.sheets.map((s) => s.name)).toEqual(['任务分解', ...result.plan.specs.map((s) => s.name)]);
    expect(excel.sheet('_respmatrix').visibility).toBe('VeryHidden');

    // Reads and writes never share a sync; every write batch suspends calculation and screen updating.
    const writes = excel.batches.slice(3);
    expect(writes.every((b) => b.calculationSuspended && b.screenUpdatingSuspended && b.loads === 0)).toBe(
      true,
    );
    expect(
      excel.batches.every(
        (b) => b.requestBytes < EXCEL_PAYLOAD_LIMIT && b.responseBytes < EXCEL_PAYLOAD_LIMIT,
      ),
    ).toBe(true);

    const tracker = excel.grid(TRACKER);
    const status = `${trackerLetter('status')}${TRACKER_FIRST_DATA_ROW}`;
    expect(trackerLetter('status')).toBe('L');
    expect(excel.sheet(TRACKER).formulas.get(`${TRACKER_FIRST_DATA_ROW - 1},11`)).toMatch(
      /^=IF\(.*TODAY\(\)/,
    );
    expect(cell(status, tracker)).toBeNull(); // a formula: Excel computes it, the memory workbook does not
    expect(cell(`${trackerLetter('task')}${TRACKER_FIRST_DATA_ROW}`, tracker)).toBe('上市商品划行归市');
  });

  it('sets number formats before the values and applies the highlight rules as conditional formats', async () => {
    const excel = await exampleExcel();
    const result = await trackInExcel(depsOf(excel), REQUEST);
    if (!result.plan.ok) throw new Error(result.plan.reason);
    const spec = result.plan.specs.find((s) => s.role === 'tracker')!;
    const due = trackerLetter('due');
    const formatAt = excel.log.findIndex((l) =>
      l.startsWith(`numberFormat ${TRACKER}!${due}${TRACKER_FIRST_DATA_ROW}:`),
    );
    const valuesAt = excel.log.findIndex((l) =>
      l.startsWith(`formulas ${TRACKER}!A${TRACKER_FIRST_DATA_ROW}:`),
    );
    expect(formatAt).toBeGreaterThan(-1);
    expect(valuesAt).toBeGreaterThan(formatAt);

    const rules = excel.sheet(TRACKER).conditionalFormats;
    expect(rules).toHaveLength((spec.rules ?? []).length);
    rules.forEach((rule, i) => {
      const want = (spec.rules ?? [])[i];
      expect(rule).toMatchObject({
        type: 'Custom',
        range: want.range,
        formula: `=${want.formula}`,
        priority: i,
        fill: `#${HIGHLIGHTS[want.highlight].fill}`,
      });
    });
    const sheet = excel.sheet(TRACKER);
    expect(sheet.frozen).toEqual(spec.freeze);
    expect(sheet.autoFilter).toBe(spec.autoFilter);
    expect(sheet.pageLayout).toMatchObject({ orientation: 'Landscape', zoom: { horizontalFitToPages: 1 } });
    expect(sheet.printTitleRows).toBe(`$${TRACKER_FIRST_DATA_ROW - 1}:$${TRACKER_FIRST_DATA_ROW - 1}`);
    expect(sheet.hiddenColumns.has(1)).toBe(true); // the key column
  });

  it('leaves out what an older Excel cannot do and says what', async () => {
    const excel = await exampleExcel({ apiMinor: 8 });
    const result = await trackInExcel(depsOf(excel), REQUEST);
    expect(result.plan.ok).toBe(true);
    expect(result.stats.skipped.sort()).toEqual(['autoFilter', 'merges', 'print', 'screenUpdating']);
    expect(excel.batches.slice(3).every((b) => b.calculationSuspended && !b.screenUpdatingSuspended)).toBe(
      true,
    );
  });

  it('refreshes in four syncs and keeps what was typed into the tracker', async () => {
    const excel = await exampleExcel();
    await trackInExcel(depsOf(excel), REQUEST);
    // 进展情况 (column O) of the second task, 0-based row and column.
    expect(trackerLetter('progress')).toBe('O');
    excel.sheet(TRACKER).set(TRACKER_FIRST_DATA_ROW, 14, '已报送第三季度材料');
    excel.resetCounters();

    const result = await trackInExcel(depsOf(excel), REQUEST);
    if (!result.plan.ok) throw new Error(result.plan.reason);
    expect(excel.syncs).toBe(4);
    expect(result.plan.model.refresh.kept).toBe(9);
    expect(cell(`O${TRACKER_FIRST_DATA_ROW + 1}`, excel.grid(TRACKER))).toBe('已报送第三季度材料');
    // The very hidden meta sheet is made deletable before it is deleted.
    const shown = excel.log.indexOf('visibility _respmatrix Hidden');
    expect(shown).toBeGreaterThan(-1);
    expect(excel.log.indexOf('delete _respmatrix')).toBeGreaterThan(shown);
    expect(excel.sheets.filter((s) => s.name === TRACKER)).toHaveLength(1);
  });

  it('writes text that looks like a formula, a number, a date or a boolean as that text', async () => {
    const texts = [
      '=1+1',
      '+86 138 0000 0000',
      '- 见附件',
      '@home',
      "'quoted",
      '2026-06-30',
      'TRUE',
      '007',
      '#N/A',
    ];
    const excel = await exampleExcel();
    const source = excel.sheet('任务分解');
    // 工作任务 (column B) of the nine task rows.
    [3, 4, 5, 7, 9, 10, 12, 13, 14].forEach((row, i) => source.set(row, 1, texts[i]));
    const result = await trackInExcel(depsOf(excel), REQUEST);
    if (!result.plan.ok) throw new Error(result.plan.reason);
    const titles = result.plan.model.tasks.map((t) => t.task.title);
    const written = excel
      .grid(TRACKER)
      .rows.slice(TRACKER_FIRST_DATA_ROW - 1)
      .map((r) => r[3]);
    expect(titles.length).toBeGreaterThan(5);
    expect(written.slice(0, titles.length)).toEqual(titles);
    expect(titles).toEqual(texts);
    // The meta sheet's as-of date stays the text readMeta expects.
    expect(excel.grid('_respmatrix').rows.find((r) => r[0] === 'asOf')?.[1]).toBe('2026-11-30');
  });

  it('the memory workbook converts typed text as Excel does, so the test above can fail', async () => {
    const excel = await exampleExcel();
    const sheet = excel.sheet('任务分解');
    const entries: [string, unknown][] = [
      ['=1+1', null],
      ['2026-06-30', 46203],
      ['TRUE', true],
      ['007', 7],
      ["'quoted", 'quoted'],
      ['+86', '#NAME?'],
    ];
    entries.forEach(([text], i) => sheet.enter(100 + i, 0, text));
    expect(entries.map((_, i) => sheet.get(100 + i, 0))).toEqual(entries.map(([, v]) => v));
  });

  it('reads in halves when Excel refuses a response as too large', async () => {
    const excel = await exampleExcel({ limits: { payloadBytes: 4_000 } });
    const snapshot = await readSnapshot({ ...depsOf(excel), budget: { bytes: 1_000_000, cells: 1_000_000 } });
    const refused = excel.batches.filter((b) => b.responseBytes > 4_000);
    expect(refused.length).toBeGreaterThan(0);
    expect(readSheet(snapshot.grid, { asOf: '2026-11-30' })?.tasks).toHaveLength(9);
  });

  it('lets an error from Excel reach the caller', async () => {
    const excel = await exampleExcel({ limits: { payloadBytes: 20_000 } });
    await expect(
      trackInExcel({ ...depsOf(excel), budget: { bytes: 1_000_000, cells: 1_000_000 } }, REQUEST),
    ).rejects.toMatchObject({
      code: 'RequestPayloadSizeLimitExceeded',
    });
  });

  it('reports a sheet without a task table as the planner does, writing nothing', async () => {
    const excel = await exampleExcel();
    excel.sheets.push(new SheetState('空白'));
    const result = await trackInExcel(depsOf(excel), { ...REQUEST, sheet: '空白' });
    expect(result.plan).toMatchObject({ ok: false, reason: 'no_table' });
    expect(excel.batches.every((b) => b.commands === 0)).toBe(true);
  });
});

describe('selectRange', () => {
  it('activates the sheet and selects the range in one sync', async () => {
    const excel = await exampleExcel();
    await selectRange(depsOf(excel), '任务分解', 'I5');
    expect(excel.selection).toBe('任务分解!I5');
    expect(excel.syncs).toBe(1);
  });
});

describe('readSelection', () => {
  it('gives the selection’s sheet and range in one sync, the sheet name unquoted', async () => {
    const excel = await exampleExcel();
    excel.selection = '任务分解!$A$2:$L$5';
    // Excel writes the address back as 'Sheet name'!A2:L5: quoted, without the $.
    expect(await readSelection(depsOf(excel))).toEqual({ sheet: '任务分解', range: 'A2:L5' });
    expect(excel.syncs).toBe(1);
  });

  it('gives null when Excel has no selection of cells to give', async () => {
    const excel = await exampleExcel();
    excel.selection = '不存在的表!A1:B2';
    expect(await readSelection(depsOf(excel))).toBeNull();
  });

  it('builds from the selected range and saves it for the next refresh', async () => {
    const excel = await exampleExcel();
    const result = await trackInExcel(depsOf(excel), { ...REQUEST, range: parseCellRange('A2:L5') });
    if (!result.plan.ok) throw new Error('no plan');
    expect(result.plan.reading.tasks.map((t) => t.row)).toEqual([4, 5]);
    const refreshed = await trackInExcel(depsOf(excel), REQUEST);
    expect(refreshed.plan.ok && refreshed.plan.meta.range).toBe('A2:L5');
    expect(refreshed.plan.ok && refreshed.plan.model.tasks.length).toBe(2);
  });
});

it('plans the same workbook as the exceljs path', async () => {
  const excel = await exampleExcel();
  const result = await trackInExcel(depsOf(excel), REQUEST);
  const wb = await readWorkbookFile(path.join(EXAMPLES, 'civilized-city-2026.xlsx'));
  const direct = planTrackedWorkbook(
    { sheetNames: ['任务分解'], grid: () => gridFromWorksheet(wb.getWorksheet('任务分解')!) },
    REQUEST,
  );
  if (!result.plan.ok || !direct.ok) throw new Error('no plan');
  expect(result.plan.specs).toEqual(direct.specs);
});
