/** The responsibility views of a built workbook, read back with exceljs. */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import path from 'node:path';
import { unitFigures } from '../../../src/core/scoring/unit-figures';
import { applyTrackPlan } from '../../../src/io/xlsx/tracked-workbook';
import { EXAMPLES } from '../../helpers/paths';
import { readWorkbookFile, reload } from '../../helpers/workbooks';

const REQUEST = { asOf: '2026-11-30', lang: 'zh-CN' as const };

async function trackedExample(lang: 'zh-CN' | 'en-US' = 'zh-CN') {
  const wb = await readWorkbookFile(path.join(EXAMPLES, 'civilized-city-2026.xlsx'));
  const plan = applyTrackPlan(wb, { ...REQUEST, lang });
  if (!plan.ok) throw new Error(plan.reason);
  return { plan, wb: await reload(wb) };
}

function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

/** Header text → 1-based column, from the sheet's header row. */
function headerColumns(ws: ExcelJS.Worksheet, headerRow: number): Map<string, number> {
  const columns = new Map<string, number>();
  ws.getRow(headerRow).eachCell((cell, col) => columns.set(String(cell.value), col));
  return columns;
}

/** The cached result of a formula (exceljs's `value` drops a result of 0), else the value. */
function valueOf(cell: ExcelJS.Cell): unknown {
  return cell.formula ? cell.result : cell.value;
}

function formulaOf(cell: ExcelJS.Cell): string {
  const v = cell.value as ExcelJS.CellFormulaValue;
  if (!v || typeof v !== 'object' || !('formula' in v)) throw new Error(`${cell.address} is not a formula`);
  return v.formula;
}

/** The unit summary as unit → header → cached value. */
function unitTable(ws: ExcelJS.Worksheet): Map<string, Record<string, unknown>> {
  const headers = [...headerColumns(ws, 3)];
  const table = new Map<string, Record<string, unknown>>();
  for (let r = 4; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const name = row.getCell(1).value;
    if (typeof name !== 'string') continue;
    table.set(name, Object.fromEntries(headers.slice(1).map(([h, c]) => [h, valueOf(row.getCell(c))])));
  }
  return table;
}

describe('the responsibility views of the example', () => {
  it('come right after the tracker, named in the workbook language', async () => {
    const zh = await trackedExample();
    expect(zh.wb.worksheets.map((ws) => ws.name)).toEqual([
      '任务分解',
      '跟踪台账',
      '责任矩阵',
      '单位汇总',
      '人员',
      ...zh.wb.worksheets.map((ws) => ws.name).slice(5),
    ]);
    // Points here are 5 or 10 per task and sections do not total 10: no star rating.
    expect(zh.wb.getWorksheet('星级评定')).toBeUndefined();
    expect(zh.plan.meta.sheets).toMatchObject({ matrix: '责任矩阵', units: '单位汇总', persons: '人员' });
    const en = await trackedExample('en-US');
    expect(en.wb.worksheets.map((ws) => ws.name).slice(1, 5)).toEqual([
      'Tracker',
      'Matrix',
      'Units',
      'Persons',
    ]);
  });

  it('matrix row 1: 市场监管科 牵, 城南分局 责, 城北分局 责, nothing else; status refers to the tracker', async () => {
    const { wb } = await trackedExample();
    const ws = sheet(wb, '责任矩阵');
    const columns = headerColumns(ws, 5);
    const row = ws.getRow(6);
    const marks = [...columns]
      .filter(([, c]) => c > 3 && row.getCell(c).value !== null)
      .map(([unit, c]) => [unit, row.getCell(c).value]);
    expect(marks).toEqual([
      ['市场监管科', '牵'],
      ['城南分局', '责'],
      ['城北分局', '责'],
    ]);
    expect(formulaOf(row.getCell(3))).toBe(`IF('跟踪台账'!B4="1",'跟踪台账'!L4,"需刷新")`);
    expect(valueOf(row.getCell(3))).toBe('已完成');
    expect(valueOf(ws.getCell('C14'))).toBe('按进度推进');
    expect(formulaOf(ws.getCell('C14'))).toBe(`IF('跟踪台账'!B12="9",'跟踪台账'!L12,"需刷新")`);
  });

  it('unit summary: 执法大队 led 1, taking part 2, done 1, due soon 1, overdue 1 as of 2026-11-30', async () => {
    const { wb } = await trackedExample();
    expect(unitTable(sheet(wb, '单位汇总')).get('执法大队')).toMatchObject({
      牵头: 1,
      参与: 2,
      已完成: 1,
      按进度推进: 0,
      临期: 1,
      逾期: 1,
      完成率: 1 / 3,
    });
  });

  it('every unit figure is a formula whose cached result is the core figure', async () => {
    const { wb, plan } = await trackedExample();
    const ws = sheet(wb, '单位汇总');
    const table = unitTable(ws);
    const figures = unitFigures(plan.model.tasks);
    expect([...table.keys()]).toEqual(figures.map((u) => u.name));
    for (const u of figures) {
      expect({ unit: u.name, ...table.get(u.name) }).toEqual({
        unit: u.name,
        牵头: u.lead,
        参与: u.responsible,
        已完成: u.done,
        按进度推进: u.on_track,
        临期: u.due_soon,
        逾期: u.overdue,
        未评分: u.unscored,
        完成率: u.completionRate,
        分值合计: u.points,
        得分合计: u.score,
        排名: u.rank,
      });
    }
    for (let c = 2; c <= 12; c++) expect(formulaOf(ws.getRow(4).getCell(c))).not.toBe('');
  });

  it('persons: tasks by role, overdue and done', async () => {
    const { wb } = await trackedExample();
    const ws = sheet(wb, '人员');
    expect(ws.getCell('A1').value).toBe('人员任务（截至2026-11-30）');
    const rows = new Map<string, unknown[]>();
    for (let r = 4; r <= ws.rowCount; r++) {
      const values = Array.from({ length: 8 }, (_, c) => ws.getCell(r, c + 1).value);
      rows.set(String(values[0]), values);
    }
    expect(rows.get('王建国')).toEqual(['王建国', null, 2, 0, 0, 2, 0, 1]);
    expect(rows.get('陈立')).toEqual(['陈立', null, 1, 0, 0, 1, 1, 0]);
  });
});

/** A source of `count` tasks spread over `units` units. */
function manyUnits(count: number, units: number): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('任务分解');
  ws.addRow(['序号', '工作任务', '牵头单位', '责任单位', '直接责任人', '完成时限', '分值', '得分']);
  const unit = (i: number) => `第${(i % units) + 1}单位`;
  for (let i = 0; i < count; i++) {
    ws.addRow([
      i + 1,
      `任务${i + 1}`,
      unit(i),
      `${unit(i + 1)}、${unit(i + 5)}`,
      `责任人${i % 50}`,
      ['6月底前', '12月5日前', '年底前', '长期坚持'][i % 4],
      5,
      i % 3 === 0 ? 5 : null,
    ]);
  }
  return wb;
}

describe('cost of the views does not grow with tasks and units', () => {
  const VIEWS = ['责任矩阵', '单位汇总', '人员'];

  async function built(count: number, units: number) {
    const wb = manyUnits(count, units);
    const plan = applyTrackPlan(wb, REQUEST);
    if (!plan.ok) throw new Error(plan.reason);
    const buffer = await wb.xlsx.writeBuffer();
    const zip = await JSZip.loadAsync(buffer);
    const styles = (await zip.file('xl/styles.xml')?.async('string')) ?? '';
    const read = new ExcelJS.Workbook();
    await read.xlsx.load(buffer as ArrayBuffer);
    const rules = VIEWS.map((name) =>
      (
        (sheet(read, name) as unknown as { conditionalFormattings: { rules: unknown[] }[] })
          .conditionalFormattings ?? []
      ).reduce((m, cf) => m + cf.rules.length, 0),
    );
    return {
      rules,
      styles: Number(/<cellXfs count="(\d+)"/.exec(styles)?.[1]),
      units: plan.specs.find((s) => s.role === 'units')?.rows.length,
    };
  }

  it('the same rules and styles for 10 tasks of 5 units and 10,000 tasks of 40 units', async () => {
    const small = await built(10, 5);
    const large = await built(10_000, 40);
    expect(large.units).toBe(40);
    // Matrix: four status rules; units: three rules and the data bar; persons: one rule; matrix and
    // units: the notice that tracker rows are out of place.
    expect(small.rules).toEqual([5, 5, 1]);
    expect(large.rules).toEqual(small.rules);
    expect(large.styles).toBe(small.styles);
    expect(large.styles).toBeLessThan(100);
  }, 180_000);
});

/** Ten areas, each one task worth 10 points, scored as given. */
function starWorkbook(scores: number[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('星级测评');
  ws.addRow(['序号', '工作任务', '牵头单位', '完成时限', '分值', '得分']);
  scores.forEach((score, i) => ws.addRow([i + 1, `测评项目${i + 1}`, '区文明办', '10月底前', 10, score]));
  return wb;
}

describe('星级评定 in the built workbook', () => {
  it('ten areas scored 9,10,8,9,9,10,9,7,9,9 out of 10: 8 stars, 达标', async () => {
    const wb = starWorkbook([9, 10, 8, 9, 9, 10, 9, 7, 9, 9]);
    const plan = applyTrackPlan(wb, REQUEST);
    if (!plan.ok) throw new Error(plan.reason);
    const ws = sheet(await reload(wb), '星级评定');
    expect(ws.getCell('A6').value).toBe('星数');
    expect(valueOf(ws.getCell('B6'))).toBe(8);
    expect(valueOf(ws.getCell('B7'))).toBe('达标');
    const stars = Array.from({ length: 10 }, (_, i) => valueOf(ws.getCell(`F${9 + i}`))).join('');
    expect(stars).toBe('★★☆★★★★☆★★');
    expect(plan.meta.sheets.stars).toBe('星级评定');
  });

  it('keeps rules edited in the sheet when the tracker is updated', async () => {
    const wb = starWorkbook([9, 10, 8, 9, 9, 10, 9, 7, 9, 9]);
    applyTrackPlan(wb, REQUEST);
    const edited = await reload(wb);
    sheet(edited, '星级评定').getCell('B3').value = 8; // a star from 8
    sheet(edited, '星级评定').getCell('B5').value = 10; // pass only with 10 stars
    const plan = applyTrackPlan(edited, REQUEST);
    if (!plan.ok) throw new Error(plan.reason);
    const ws = sheet(await reload(edited), '星级评定');
    expect([2, 3, 4, 5].map((r) => ws.getCell(`B${r}`).value)).toEqual([10, 8, 10, 10]);
    expect(valueOf(ws.getCell('B6'))).toBe(9);
    expect(valueOf(ws.getCell('B7'))).toBe('未达标');
  });
});
