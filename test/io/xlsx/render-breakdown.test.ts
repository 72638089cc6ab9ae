import ExcelJS from 'exceljs';
import { parseDeadline } from '../../../src/core/cells/deadline';
import { assignUnits } from '../../../src/core/cells/units';
import { breakdownSheet, type BreakdownSheet } from '../../../src/core/extract/breakdown-rows';
import { extractPlan } from '../../../src/core/extract/extract-plan';
import type { ExtractedPlan } from '../../../src/core/extract/plan-model';
import { readSheet } from '../../../src/core/read/read-sheet';
import { gridFromWorksheet } from '../../../src/io/xlsx/grid-from-worksheet';
import { breakdownSpec } from '../../../src/core/extract/breakdown-spec';
import { renderSheet } from '../../../src/io/xlsx/render-sheet';
import { describeIfExists } from '../../helpers/paths';
import { planFixture } from '../../core/extract/fixtures';
import { SEED, SEED_OPTIONS, seedPlan } from '../../core/extract/seed';

const TO_FILL = 'FFFFEB9C';

/** Writes the sheet, saves the workbook and loads it again, as a user's Excel would see it. */
async function roundTrip(sheet: BreakdownSheet, name = 'Sheet1'): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  renderSheet(workbook, breakdownSpec(sheet, name));
  const buffer = await workbook.xlsx.writeBuffer();
  const reloaded = new ExcelJS.Workbook();
  await reloaded.xlsx.load(buffer);
  const ws = reloaded.getWorksheet(name);
  if (!ws) throw new Error('sheet lost');
  return ws;
}

/** What the reader should find on each row of a plan's sheet: one row per task part, phase and area. */
function expectedRows(plan: ExtractedPlan, ctx: { asOf: string; planYear: number }) {
  const rows: unknown[] = [];
  for (const { heading } of plan.sections) {
    const inSection = (s: string) => s === heading || s.startsWith(`${heading} / `);
    for (const task of plan.tasks.filter((t) => inSection(t.section))) {
      const parts = task.parts.length > 1 ? task.parts : [{ persons: task.persons }];
      for (const part of parts) {
        rows.push({
          section: task.section,
          title: task.title,
          ...assignUnits(task.leadText || null, task.responsibleText || null),
          persons: part.persons,
          due: task.deadline.due,
          kind: task.deadline.kind,
          points: null,
        });
      }
    }
    for (const phase of plan.phases.filter((p) => p.section === heading)) {
      const deadline = parseDeadline(phase.dateText || null, ctx);
      rows.push({
        section: heading,
        title: phase.name,
        leadUnits: [],
        responsibleUnits: [],
        persons: [],
        due: deadline.due,
        kind: deadline.kind,
        points: null,
      });
    }
    for (const area of plan.scoreAreas.filter((a) => a.section === heading)) {
      rows.push({
        section: heading,
        title: area.name,
        leadUnits: [],
        responsibleUnits: [],
        persons: [],
        due: null,
        kind: 'none',
        points: area.points,
      });
    }
  }
  return rows;
}

async function expectRoundTrip(plan: ExtractedPlan, ctx: { asOf: string; planYear: number }): Promise<void> {
  const ws = await roundTrip(breakdownSheet(plan), 'Plan');
  // No mapping: the reader finds the table by its header alone, and the plan year in the title.
  const reading = readSheet(gridFromWorksheet(ws), { asOf: ctx.asOf });
  if (!reading) throw new Error('no table found');
  expect(reading.planYear).toBe(ctx.planYear);
  expect(
    reading.tasks.map((t) => ({
      section: t.section,
      title: t.title,
      leadUnits: t.leadUnits,
      responsibleUnits: t.responsibleUnits,
      persons: t.persons,
      due: t.deadline.due,
      kind: t.deadline.kind,
      points: t.points,
    })),
  ).toEqual(expectedRows(plan, ctx));
}

describe('a breakdown sheet rendered with exceljs', () => {
  const asOf = '2026-06-01';

  it.each(['simplified-outline', 'phases', 'groups'] as const)(
    'round-trips the %s fixture through exceljs and readSheet',
    async (name) => {
      const plan = extractPlan(planFixture(name), { asOf, planYear: 2026 });
      await expectRoundTrip(plan, { asOf, planYear: 2026 });
    },
  );

  it('writes a merged title, the header, merged section rows and highlights what is to fill', async () => {
    const plan = extractPlan(planFixture('simplified-outline'), { asOf });
    const ws = await roundTrip(breakdownSheet(plan));
    const merges = (ws.model as { merges?: string[] }).merges ?? [];
    expect(merges).toEqual(expect.arrayContaining(['A1:K1', 'A3:K3']));
    expect(ws.getCell('A1').value).toBe('2026年城区环境卫生整治工作方案任务分解表');
    expect(ws.getRow(2).values).toEqual([
      undefined,
      '序号',
      '分类',
      '工作任务',
      '具体内容',
      '牵头单位',
      '责任单位',
      '直接责任人',
      '承办人',
      '完成时限',
      '进展情况',
      '完成情况',
    ]);
    const fill = (address: string) =>
      (ws.getCell(address).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
    // Row 5: 农贸市场提升 with xx街道; row 6: 垃圾分类推进 with a blank 责任单位.
    expect([fill('F4'), fill('F5'), fill('F6'), fill('E6')]).toEqual([
      undefined,
      TO_FILL,
      TO_FILL,
      undefined,
    ]);
    expect(ws.getCell('C4').numFmt).toBe('@');
  });

  it('writes every text as a string: =, +, - and @ never start a formula', async () => {
    const risky = [
      '=SUM(A1:A9)',
      '+86 10 1234',
      '-1',
      '@cmd',
      '=HYPERLINK("http://x","y")',
      '\u0007=1+1',
      '\t=1+1',
      '\n=1+1',
      "'=1+1",
    ];
    const sheet: BreakdownSheet = {
      title: '=1+1',
      columns: ['id', 'task', 'lead', 'deadline'],
      rows: risky.map((text, i) => ({
        kind: 'item',
        cells: { id: i + 1, task: text, lead: text, deadline: text },
        highlight: [],
        mergeWithAbove: [],
      })),
    };
    const ws = await roundTrip(sheet);
    expect(ws.getCell('A1').type).toBe(ExcelJS.ValueType.String);
    risky.forEach((text, i) => {
      const cell = ws.getCell(i + 3, 2);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.formula).toBeUndefined();
      expect(cell.value).toBe(text.replace('\u0007', ''));
      expect(cell.numFmt).toBe('@');
    });
  });
});

describeIfExists(SEED)('breakdown sheets of the seed plans', () => {
  it.each(['篇5', '篇6', '篇12', '篇13'])(
    'round-trips %s: the reader finds the same tasks, units, persons and deadlines',
    async (name) => {
      await expectRoundTrip(seedPlan(name), SEED_OPTIONS);
    },
  );

  it('merges the rows of a target assigned per insurance type', async () => {
    const ws = await roundTrip(breakdownSheet(seedPlan('篇13')));
    const merges = (ws.model as { merges?: string[] }).merges ?? [];
    // Target 3 takes rows 6–10: 分类, 工作任务, 牵头单位, 责任单位 and 完成时限 span them.
    expect(merges).toEqual(expect.arrayContaining(['B6:B10', 'C6:C10', 'I6:I10']));
    expect([
      ws.getCell('A6').value,
      ws.getCell('D6').value,
      ws.getCell('G6').value,
      ws.getCell('H6').value,
    ]).toEqual(['3.1', '企業養老保險', '尤艷俠', '曹雷、馮敏']);
  });

  it('highlights the xxx units and the mended headings of 篇6', async () => {
    const ws = await roundTrip(breakdownSheet(seedPlan('篇6')));
    const fill = (address: string) =>
      (ws.getCell(address).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
    expect(ws.getCell('C4').value).toBe('集貿市場環境整治工作');
    expect([fill('C4'), fill('E4'), fill('F4'), fill('E7'), fill('F7')]).toEqual([
      TO_FILL,
      TO_FILL,
      TO_FILL,
      TO_FILL,
      TO_FILL,
    ]);
  });
});
