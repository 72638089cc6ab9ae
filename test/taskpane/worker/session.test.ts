/**
 * The worker's session without a worker: opening a file behind the guards, detection, the tracked
 * workbook, the exports and the merge of returned files — standalone, and from grids read in Excel.
 */
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { UNIT_COLUMNS } from '../../../src/core/exports/unit-columns';
import { newBreakdownSpecs } from '../../../src/core/extract/breakdown-specs';
import { namedBreakdowns, previewPlans } from '../../../src/taskpane/model/plan-preview';
import { planFixture } from '../../core/extract/fixtures';
import { FileError } from '../../../src/io/files/errors';
import { gridFromWorksheet } from '../../../src/io/xlsx/grid-from-worksheet';
import { PaneError } from '../../../src/taskpane/errors';
import { initialSettings } from '../../../src/taskpane/model/settings';
import type { Progress } from '../../../src/taskpane/worker/protocol';
import { WorkerSession, workbookFromGrids } from '../../../src/taskpane/worker/session';
import { EXAMPLES } from '../../helpers/paths';

const EXAMPLE = path.join(EXAMPLES, 'civilized-city-2026.xlsx');
const AS_OF = '2026-11-30';
const REQUEST = { asOf: AS_OF, lang: 'zh-CN' as const, sheet: '任务分解' };

function exampleBytes(): Uint8Array {
  return new Uint8Array(readFileSync(EXAMPLE));
}

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

function progressLog(): { phases: string[]; report: (p: Progress) => void } {
  const phases: string[] = [];
  return { phases, report: (p) => phases.push(p.phase) };
}

describe('WorkerSession standalone', () => {
  it('opens the example, picks its task sheet and detects nine tasks', async () => {
    const session = new WorkerSession();
    const { phases, report } = progressLog();
    const opened = await session.open('civilized-city-2026.xlsx', exampleBytes(), report);
    expect(phases).toEqual(['open']);
    expect(opened).toMatchObject({ sheets: ['任务分解'], sheet: '任务分解', meta: null, dropped: [] });
    const detection = session.detect(initialSettings(opened.sheet, null, AS_OF, 'zh-CN'));
    expect(detection).toMatchObject({ found: true, tasks: 9, headerTop: 2, headerBottom: 2 });
    expect(detection.roles.lead).toEqual(['D']);
    expect(detection.dashboard?.counts).toMatchObject({
      done: 3,
      overdue: 2,
      due_soon: 1,
      on_track: 2,
      ongoing: 1,
      unscored: 3,
    });
  });

  it('builds the tracked workbook as a download and refreshes it keeping the saved setup', async () => {
    const session = new WorkerSession();
    await session.open('civilized-city-2026.xlsx', exampleBytes(), () => undefined);
    const { phases, report } = progressLog();
    const built = await session.build({ ...REQUEST, dueSoonDays: 10, map: {} }, report);
    expect(phases).toEqual(['plan', 'save']);
    expect(built.file?.fileName).toBe('civilized-city-2026（跟踪）.xlsx');
    expect(built.sheets).toContain('跟踪台账');
    expect(built.dashboard).toMatchObject({ source: 'tracker', counts: { total: 9, overdue: 2 } });

    const wb = await load(built.file?.bytes as Uint8Array);
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(
      expect.arrayContaining(['任务分解', '跟踪台账', '_respmatrix']),
    );

    // The downloaded file opened again: the saved source and options come back.
    const again = new WorkerSession();
    const reopened = await again.open(
      built.file?.fileName as string,
      built.file?.bytes as Uint8Array,
      () => undefined,
    );
    expect(reopened.sheet).toBe('任务分解');
    expect(reopened.sheets).toEqual(['任务分解']);
    expect(reopened.meta).toMatchObject({ source: '任务分解', dueSoonDays: 10, lang: 'zh-CN' });
    const refreshed = await again.build(REQUEST, () => undefined);
    expect(refreshed.refresh).toMatchObject({ kept: 9, added: 0 });
    expect(refreshed.file?.fileName).toBe('civilized-city-2026（跟踪）.xlsx');
  });

  it('creates a workbook of a plan’s breakdown sheets, opens it, and builds from its first sheet', async () => {
    const session = new WorkerSession();
    await session.open('civilized-city-2026.xlsx', exampleBytes(), () => undefined);
    const text = ['整治 篇1', planFixture('simplified-outline'), '创建 篇2', planFixture('phases')].join(
      '\n',
    );
    const specs = newBreakdownSpecs(namedBreakdowns(previewPlans(text, { asOf: AS_OF })), []);
    const { phases, report } = progressLog();
    const created = await session.create('zh-CN', specs, report);
    expect(phases).toEqual(['render', 'save']);
    expect(created).toMatchObject({
      fileName: '任务分解表.xlsx',
      sheets: ['篇1', '篇2'],
      sheet: '篇1',
      meta: null,
    });
    expect(created.file.fileName).toBe('任务分解表.xlsx');
    const wb = await load(created.file.bytes);
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(['篇1', '篇2']);

    // The example is no longer the one open: the new workbook is.
    const detection = session.detect(initialSettings('篇1', null, AS_OF, 'zh-CN'));
    expect(detection).toMatchObject({ found: true, tasks: 3 });
    const built = await session.build({ ...REQUEST, sheet: '篇1', map: {} }, () => undefined);
    expect(built.file?.fileName).toBe('任务分解表（跟踪）.xlsx');
    expect(built.dashboard.counts).toMatchObject({ total: 3, overdue: 1 });
    expect(() => session.detect(initialSettings('任务分解', null, AS_OF, 'zh-CN'))).toThrow();
  });

  it('reads CSV as a sheet of text', async () => {
    const csv = '工作任务,牵头单位,完成时限\n整治市场,市场监管科,2026年6月30日\n清理广告,执法大队,长期\n';
    const session = new WorkerSession();
    const opened = await session.open('任务.csv', new TextEncoder().encode(csv), () => undefined);
    expect(opened.sheet).toBe('任务');
    const detection = session.detect(initialSettings(opened.sheet, null, AS_OF, 'zh-CN'));
    expect(detection.tasks).toBe(2);
  });

  it('refuses a file that is not a workbook with the guard’s code', async () => {
    const session = new WorkerSession();
    const bytes = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(600).fill(0)]);
    await expect(session.open('old.xls', bytes, () => undefined)).rejects.toBeInstanceOf(FileError);
  });

  it('says which plan failed when the sheet holds no table', async () => {
    const session = new WorkerSession();
    await session.open('x.csv', new TextEncoder().encode('a,b\n1,2\n'), () => undefined);
    await expect(session.build({ ...REQUEST, sheet: 'x' }, () => undefined)).rejects.toMatchObject({
      info: { kind: 'plan', reason: 'no_table' },
    });
  });

  it('exports the leaders’ workbook and one workbook per unit, and merges a returned file', async () => {
    const session = new WorkerSession();
    await session.open('civilized-city-2026.xlsx', exampleBytes(), () => undefined);
    await expect(
      session.consolidate(
        REQUEST,
        [{ fileName: 'x.xlsx', bytes: exampleBytes() }],
        undefined,
        () => undefined,
      ),
    ).rejects.toEqual(expect.any(PaneError));
    await session.build(REQUEST, () => undefined);

    const leader = await session.leader(REQUEST, undefined, () => undefined);
    expect(leader.fileName).toMatch(/领导版（2026-11-30）\.xlsx$/);
    expect((await load(leader.bytes)).worksheets.length).toBeGreaterThan(0);

    const units = await session.units(REQUEST, undefined, () => undefined);
    expect(units.length).toBeGreaterThan(5);
    const first = units.find((u) => u.unit === '市场监管科');
    expect(first).toMatchObject({ tasks: 2 });
    expect(first?.fileName).toMatch(/\.xlsx$/);

    // The unit fills in its progress and sends the file back.
    const returned = await load(first?.bytes as Uint8Array);
    const sheet = returned.getWorksheet('督办事项') as ExcelJS.Worksheet;
    sheet.getRow(4).getCell(UNIT_COLUMNS.indexOf('progress') + 1).value = '已完成摸底排查';
    const back = new Uint8Array(await returned.xlsx.writeBuffer());

    const merged = await session.consolidate(
      REQUEST,
      [{ fileName: '市场监管科-交回.xlsx', bytes: back }],
      undefined,
      () => undefined,
    );
    expect(merged.counts).toMatchObject({ files: 1, merged: 1, changes: 1, conflicts: 0 });
    expect(merged.write).toBeUndefined();
    const master = await load(merged.file?.bytes as Uint8Array);
    expect(master.getWorksheet(merged.logSheet)).toBeDefined();
    const tracker = gridFromWorksheet(master.getWorksheet('跟踪台账') as ExcelJS.Worksheet);
    expect(tracker.rows.some((r) => r.includes('已完成摸底排查'))).toBe(true);
  });
});

describe('WorkerSession from sheets read in Excel', () => {
  async function trackedGrids() {
    const session = new WorkerSession();
    await session.open('civilized-city-2026.xlsx', exampleBytes(), () => undefined);
    const built = await session.build(REQUEST, () => undefined);
    const wb = await load(built.file?.bytes as Uint8Array);
    const read = ['_respmatrix', '任务分解', '跟踪台账', '月度进度'];
    return {
      sheetNames: wb.worksheets.map((ws) => ws.name),
      grids: read.map((name) => gridFromWorksheet(wb.getWorksheet(name) as ExcelJS.Worksheet)),
    };
  }

  it('rebuilds a workbook holding every sheet name and the read sheets with their merges', async () => {
    const tracked = await trackedGrids();
    const wb = workbookFromGrids(tracked);
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(tracked.sheetNames);
    expect((wb.getWorksheet('任务分解')?.model as { merges: string[] }).merges).toContain('A1:L1');
  });

  it('returns the sheets to write into Excel for a merge, the log sheet last and shown', async () => {
    const tracked = await trackedGrids();
    const session = new WorkerSession();
    const units = await session.units(REQUEST, tracked, () => undefined);
    const merged = await session.consolidate(
      REQUEST,
      [{ fileName: units[0].fileName, bytes: units[0].bytes }],
      tracked,
      () => undefined,
    );
    expect(merged.file).toBeUndefined();
    expect(merged.write?.replace).toEqual(expect.arrayContaining(['跟踪台账', '_respmatrix']));
    expect(merged.write?.specs.at(-1)?.name).toBe(merged.logSheet);
    expect(merged.write?.activate).toBe(merged.logSheet);
    expect(merged.counts).toMatchObject({ files: 1, changes: 0 });
  });

  it('plans a refresh from the sheets read, as the gateway would here, in a form postMessage can carry', async () => {
    const tracked = await trackedGrids();
    const plan = new WorkerSession().plan(REQUEST, tracked);
    if (!plan.ok) throw new Error(plan.reason);
    expect(plan.replace).toEqual(expect.arrayContaining(['跟踪台账', '_respmatrix']));
    expect(plan.model.tasks).toHaveLength(9);
    expect(plan.model.refresh.kept).toBe(9);
    // What the worker sends back is structured-cloned: nothing in a plan may be lost on the way.
    expect(structuredClone(plan)).toEqual(plan);
  });
});
