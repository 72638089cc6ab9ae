/**
 * The responsibility views as a leader without the add-in sees them: LibreOffice recalculates every
 * formula on load (TODAY() included), and the figures it computes are the ones the build cached.
 */
import ExcelJS from 'exceljs';
import path from 'node:path';
import { todayIso } from '../../../src/cli/options';
import { MATRIX_FIRST_DATA_ROW } from '../../../src/core/sheets/matrix-sheet';
import { isFormula, type SheetSpec, type SpecValue } from '../../../src/core/sheets/spec';
import type { TrackPlan } from '../../../src/core/track/plan-workbook';
import { TRACKER_FIRST_DATA_ROW, trackerLetter } from '../../../src/core/track/tracker-columns';
import { applyTrackPlan } from '../../../src/io/xlsx/tracked-workbook';
import { describeIfSoffice } from '../../helpers/libreoffice';
import { sheetsAsCsv } from '../../helpers/lo-csv';
import { EXAMPLES } from '../../helpers/paths';
import { readWorkbookFile, tempDir } from '../../helpers/workbooks';

const VIEWS = ['matrix', 'units', 'persons', 'stars'];
type Cell = string | number;

/** Numbers compared to 9 decimals, percents as fractions, empty cells dropped at the end of a row. */
function normalise(rows: Cell[][]): Cell[][] {
  return rows.map((row) => {
    const cells = row.map((cell): Cell => {
      const text = String(cell);
      const percent = /^(-?\d+(?:\.\d+)?)%$/.exec(text);
      const n = percent
        ? Number(percent[1]) / 100
        : text.trim() !== '' && !isNaN(Number(text))
          ? Number(text)
          : null;
      return n === null ? text : Math.round(n * 1e9) / 1e9;
    });
    while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
    return cells;
  });
}

function cached(value: SpecValue | undefined): Cell {
  if (value === null || value === undefined) return '';
  if (isFormula(value)) return cached(value.result as SpecValue);
  if (typeof value === 'object') throw new Error('no dates in the views');
  return typeof value === 'boolean' ? String(value).toUpperCase() : value;
}

/** A spec's cells as the build cached them, from the header row down (the title carries the as-of date). */
function cachedTable(spec: SheetSpec, fromRow: number): Cell[][] {
  const rows: SpecValue[][] = [
    ...spec.preamble.map((p) => p.values),
    spec.columns.map((c) => c.header),
    ...spec.rows,
  ];
  return normalise(rows.slice(fromRow - 1).map((r) => Array.from(r, cached)));
}

function csvTable(csv: Map<string, string[][]>, name: string, fromRow: number): Cell[][] {
  const rows = csv.get(name);
  if (!rows) throw new Error(`no CSV for ${name}: ${[...csv.keys()].join(', ')}`);
  return normalise(rows.slice(fromRow - 1));
}

function viewSpecs(plan: TrackPlan): SheetSpec[] {
  if (!plan.ok) throw new Error(plan.reason);
  return plan.specs.filter((s) => VIEWS.includes(s.role));
}

function shift(today: string, days: number): Date {
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d;
}

/** The example with one task overdue and one due soon whatever the day the test runs. */
async function example(asOf: string): Promise<{ file: string; specs: SheetSpec[] }> {
  const wb = await readWorkbookFile(path.join(EXAMPLES, 'civilized-city-2026.xlsx'));
  const source = wb.getWorksheet('任务分解') as ExcelJS.Worksheet;
  const today = todayIso();
  source.getCell('H5').value = shift(today, -30);
  source.getCell('H11').value = shift(today, 3);
  const specs = viewSpecs(applyTrackPlan(wb, { asOf, lang: 'zh-CN' }));
  const file = path.join(tempDir(), 'views.xlsx');
  await wb.xlsx.writeFile(file);
  return { file, specs };
}

function starWorkbook(scores: (number | null)[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('星级测评');
  ws.addRow(['序号', '工作任务', '牵头单位', '完成时限', '分值', '得分']);
  scores.forEach((score, i) => ws.addRow([i + 1, `测评项目${i + 1}`, '区文明办', '10月底前', 10, score]));
  return wb;
}

describeIfSoffice()('the responsibility views recalculated by LibreOffice', () => {
  it('compute, as of today, exactly the values the build cached', async () => {
    const { file, specs } = await example(todayIso());
    expect(specs.map((s) => s.role)).toEqual(['matrix', 'units', 'persons']);
    const csv = sheetsAsCsv(file);
    for (const spec of specs) {
      expect({ sheet: spec.name, cells: csvTable(csv, spec.name, 1) }).toEqual({
        sheet: spec.name,
        cells: cachedTable(spec, 1),
      });
    }
  }, 180_000);

  it('follow the tracker: a build as of another day shows the figures of today', async () => {
    const old = await example('2026-01-15');
    const now = await example(todayIso());
    const csv = sheetsAsCsv(old.file);
    // From the header rows down: the matrix (with its totals, rows 3–4) and the unit summary.
    const [oldMatrix, oldUnits] = old.specs;
    const [matrix, units] = now.specs;
    expect(cachedTable(oldUnits, 3)).not.toEqual(cachedTable(units, 3));
    expect(csvTable(csv, oldMatrix.name, 3)).toEqual(cachedTable(matrix, 3));
    expect(csvTable(csv, oldUnits.name, 3)).toEqual(cachedTable(units, 3));
  }, 180_000);

  it('say 需刷新, never another task’s status, once tracker rows are reordered', async () => {
    const { file, specs } = await example(todayIso());
    const wb = await readWorkbookFile(file);
    const tracker = wb.getWorksheet('跟踪台账') as ExcelJS.Worksheet;
    // What sorting does as the matrix sees it: the first two tracker rows now hold each other's task.
    const [a, b] = [TRACKER_FIRST_DATA_ROW, TRACKER_FIRST_DATA_ROW + 1].map((r) =>
      tracker.getCell(`${trackerLetter('key')}${r}`),
    );
    [a.value, b.value] = [b.value, a.value];
    await wb.xlsx.writeFile(file);
    const csv = sheetsAsCsv(file);
    const [matrix, units] = specs;
    const matrixRows = csv.get(matrix.name) ?? [];
    const firstRow = MATRIX_FIRST_DATA_ROW - 1;
    expect([matrixRows[firstRow]?.[2], matrixRows[firstRow + 1]?.[2]]).toEqual(['需刷新', '需刷新']);
    expect(matrixRows[firstRow + 2]?.[2]).not.toBe('需刷新');
    const notice = '跟踪台账的行序已改变（如排序），本表数字需“刷新”后才准确';
    expect(matrixRows[1]).toContain(notice);
    expect(csv.get(units.name)?.[0]).toContain(notice);
  }, 180_000);

  it('rate stars from the scores typed in the tracker', async () => {
    const wb = starWorkbook([9, 10, 8, 9, 9, 10, 9, 7, 9, 9]);
    const built = viewSpecs(applyTrackPlan(wb, { asOf: todayIso(), lang: 'zh-CN' }));
    expect(built.map((s) => s.role)).toEqual(['matrix', 'units', 'persons', 'stars']);
    // Typed in the tracker after the build: two areas fall below the star mark, one is not scored yet.
    const typed: (number | null)[] = [8, 10, 8, 9, 8.5, 10, 9, null, 9, 9];
    const tracker = wb.getWorksheet('跟踪台账') as ExcelJS.Worksheet;
    typed.forEach((score, i) => {
      tracker.getCell(`${trackerLetter('score')}${TRACKER_FIRST_DATA_ROW + i}`).value = score;
    });
    const file = path.join(tempDir(), 'stars.xlsx');
    await wb.xlsx.writeFile(file);
    const expected = viewSpecs(applyTrackPlan(starWorkbook(typed), { asOf: todayIso(), lang: 'zh-CN' }));
    const stars = expected[3];
    expect(cachedTable(stars, 6)[0]).toEqual(['星数', 6]);
    expect(cachedTable(stars, 6)[1]).toEqual(['评定', '待定']);
    expect(csvTable(sheetsAsCsv(file), '星级评定', 2)).toEqual(cachedTable(stars, 2));
  }, 180_000);
});
