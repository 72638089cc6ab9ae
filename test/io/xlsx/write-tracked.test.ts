/**
 * track -o's writer (generated sheets' skeletons written by exceljs, their rows appended as XML,
 * every part deflated natively) against rendering everything with exceljs: both files, read back,
 * hold the same sheets, cells, formulas and cached results, styles, merges, rules, validations and
 * sheet settings. Text is inline and fill-down formulas are shared in the first: readers see the same.
 */
import ExcelJS from 'exceljs';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { writeBreakdownFile } from '../../../bench/breakdown-file';
import { generateBreakdown } from '../../../bench/generate';
import { todayIso } from '../../../src/cli/options';
import { planTrackedWorkbook, type TrackRequest } from '../../../src/core/track/plan-workbook';
import { TRACKER_FIRST_DATA_ROW, trackerLetter } from '../../../src/core/track/tracker-columns';
import { applyTrackPlan, workbookView } from '../../../src/io/xlsx/tracked-workbook';
import { writeTrackPlan } from '../../../src/io/xlsx/write-tracked';
import { describeIfSoffice } from '../../helpers/libreoffice';
import { sheetsAsCsv } from '../../helpers/lo-csv';
import { EXAMPLES } from '../../helpers/paths';
import { breakdownWorkbook, tempDir } from '../../helpers/workbooks';

const REQUEST: TrackRequest = { asOf: '2026-11-30', lang: 'zh-CN' };

async function loaded(bytes: ArrayBuffer | Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as ArrayBuffer);
  return wb;
}

/** The tracked workbook of `bytes` written both ways. */
async function writeBoth(bytes: Uint8Array, request: TrackRequest) {
  const plain = await loaded(bytes);
  if (!applyTrackPlan(plain, request).ok) throw new Error('no plan');
  const fast = await loaded(bytes);
  const plan = planTrackedWorkbook(workbookView(fast), request);
  if (!plan.ok) throw new Error('no plan');
  return {
    plain: new Uint8Array(await plain.xlsx.writeBuffer()),
    fast: await writeTrackPlan(fast, plan, new Date(2026, 10, 30)),
  };
}

/** Both ways, read back. */
async function bothWays(bytes: Uint8Array, request = REQUEST) {
  const written = await writeBoth(bytes, request);
  return { plain: await loaded(written.plain), fast: await loaded(written.fast), written: written.fast };
}

/** What a reader sees of a cell; a shared formula's follower shows its filled-down formula. */
function seen(cell: ExcelJS.Cell) {
  const formula = cell.formula || undefined;
  return {
    type: cell.type,
    value: formula ? undefined : cell.value,
    formula,
    result: formula ? cell.result : undefined,
    style: cell.style,
  };
}

/** The sheet's settings; exceljs draws a fresh random id for each data bar it writes. */
function settings(ws: ExcelJS.Worksheet) {
  const {
    rows: _rows,
    dimensions: _dimensions,
    ...model
  } = ws.model as ExcelJS.WorksheetModel & {
    rows?: unknown;
    dimensions?: unknown;
  };
  return JSON.parse(JSON.stringify(model).replace(/"x14Id":"\{[0-9A-F-]+\}"/g, '"x14Id":""')) as unknown;
}

function expectSameWorkbooks(plain: ExcelJS.Workbook, fast: ExcelJS.Workbook): void {
  expect(fast.worksheets.map((ws) => [ws.name, ws.state])).toEqual(
    plain.worksheets.map((ws) => [ws.name, ws.state]),
  );
  for (const ws of plain.worksheets) {
    const other = fast.getWorksheet(ws.name)!;
    expect(settings(other)).toEqual(settings(ws));
    const addresses = new Set<string>();
    for (const sheet of [ws, other])
      sheet.eachRow((row) => row.eachCell((cell) => addresses.add(cell.address)));
    const differing = [...addresses].filter(
      (address) => !isDeepStrictEqual(seen(other.getCell(address)), seen(ws.getCell(address))),
    );
    expect(differing.map((a) => [a, seen(other.getCell(a)), seen(ws.getCell(a))])).toEqual([]);
  }
}

describe('writeTrackPlan', () => {
  it('writes what exceljs writes, for both examples', async () => {
    for (const file of ['civilized-city-2026.xlsx', 'supervision-ledger-2026.xlsx']) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(path.join(EXAMPLES, file));
      const { plain, fast } = await bothWays(new Uint8Array(await wb.xlsx.writeBuffer()));
      expectSameWorkbooks(plain, fast);
    }
  });

  it('writes what exceljs writes for a generated sheet of 500 tasks, and for its refresh', async () => {
    const file = path.join(tempDir(), 'breakdown.xlsx');
    await writeBreakdownFile(generateBreakdown(500).grid, file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const first = await bothWays(new Uint8Array(await wb.xlsx.writeBuffer()));
    expectSameWorkbooks(first.plain, first.fast);
    const refresh = await bothWays(first.written, { ...REQUEST, asOf: '2026-12-20' });
    expectSameWorkbooks(refresh.plain, refresh.fast);
  });

  it('shares the status formula down the tracker', async () => {
    const { written } = await bothWays(new Uint8Array(await breakdownWorkbook(50).xlsx.writeBuffer()));
    const ws = (await loaded(written)).getWorksheet('跟踪台账')!;
    const status = (r: number) =>
      ws.getCell(`${trackerLetter('status')}${TRACKER_FIRST_DATA_ROW + r}`)
        .value as ExcelJS.CellFormulaValue & ExcelJS.CellSharedFormulaValue;
    const values = [0, 1, 40].map(status);
    expect(values[0].formula).toContain('TODAY()');
    expect(values[1].sharedFormula).toBe(values[2].sharedFormula);
  });
});

describeIfSoffice()('writeTrackPlan read by LibreOffice', () => {
  it('recalculates every sheet to what it recalculates of the exceljs file', async () => {
    const source = new ExcelJS.Workbook();
    await source.xlsx.readFile(path.join(EXAMPLES, 'civilized-city-2026.xlsx'));
    const written = await writeBoth(new Uint8Array(await source.xlsx.writeBuffer()), {
      ...REQUEST,
      asOf: todayIso(),
    });
    const dir = tempDir();
    const files = { plain: path.join(dir, 'plain.xlsx'), fast: path.join(dir, 'fast.xlsx') };
    writeFileSync(files.plain, written.plain);
    writeFileSync(files.fast, written.fast);
    const [a, b] = [sheetsAsCsv(files.plain), sheetsAsCsv(files.fast)];
    expect(a.size).toBeGreaterThan(5);
    expect([...b.keys()]).toEqual([...a.keys()]);
    expect(Object.fromEntries(b)).toEqual(Object.fromEntries(a));
  }, 180_000);
});
