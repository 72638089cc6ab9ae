/**
 * The pane's Excel backend end to end without Excel: the gateway on the in-memory workbook, the
 * worker's session in this process.
 */
import ExcelJS from 'exceljs';
import { UNIT_COLUMNS } from '../../../src/core/exports/unit-columns';
import { parseCellRange } from '../../../src/core/read/cell-range';
import { excelBackend } from '../../../src/taskpane/backend/excel-backend';
import { WorkerClient } from '../../../src/taskpane/backend/worker-client';
import { initialSettings } from '../../../src/taskpane/model/settings';
import { namedBreakdowns, previewPlans } from '../../../src/taskpane/model/plan-preview';
import { planFixture } from '../../core/extract/fixtures';
import path from 'node:path';
import { EXAMPLES } from '../../helpers/paths';
import { readWorkbookFile } from '../../helpers/workbooks';
import { depsOf, exampleExcel, memoryOf } from '../../io/office/memory-workbooks';
import { inProcessWorker } from '../in-process-worker';

const AS_OF = '2026-11-30';

async function setup() {
  const excel = await exampleExcel();
  const backend = excelBackend(depsOf(excel), new WorkerClient(inProcessWorker));
  const opened = await backend.open();
  const settings = initialSettings(opened.sheet, opened.meta, AS_OF, 'zh-CN');
  return { excel, backend, opened, settings };
}

function asFile(name: string, bytes: Uint8Array): File {
  return new File([bytes as BlobPart], name);
}

describe('excelBackend', () => {
  it('opens the workbook in Excel and detects its task table', async () => {
    const { backend, opened, settings } = await setup();
    expect(opened).toMatchObject({ fileName: null, sheets: ['任务分解'], sheet: '任务分解', meta: null });
    const detection = await backend.detect(settings);
    expect(detection).toMatchObject({ found: true, tasks: 9 });
    // A correction re-reads nothing from Excel: the grid is kept.
    const corrected = await backend.detect({ ...settings, map: { remark: 'L' } });
    expect(corrected.roles.remark).toEqual(['L']);
  });

  it('reads the selection and detects only the table inside it', async () => {
    const { excel, backend, settings } = await setup();
    excel.selection = '任务分解!A2:L5';
    const selected = await backend.selection?.();
    expect(selected).toEqual({ sheet: '任务分解', range: 'A2:L5' });
    const detection = await backend.detect({ ...settings, range: parseCellRange(selected!.range) }, true);
    expect(detection).toMatchObject({ found: true, tasks: 2 });
  });

  it('builds the tracker in the open workbook and selects a row of it', async () => {
    const { excel, backend, settings } = await setup();
    const progress: string[] = [];
    const outcome = await backend.build(settings, (p) => progress.push(p.phase));
    expect(outcome.trackerName).toBe('跟踪台账');
    expect(outcome.dashboard.counts).toMatchObject({ overdue: 2, done: 3 });
    expect(progress).toEqual(['read', 'plan', 'write']);
    expect(excel.find('跟踪台账')).toBeDefined();
    const item = outcome.dashboard.overdue[0];
    await backend.select(item.sheet, item.address);
    expect(excel.selection).toBe(`跟踪台账!${item.address}`);
  });

  it('exports from what the gateway reads and writes a merge back into Excel', async () => {
    const { excel, backend, settings } = await setup();
    await backend.build(settings, () => undefined);
    const leader = await backend.leader(settings, () => undefined);
    expect(leader.fileName).toMatch(/\.xlsx$/);
    const units = await backend.units(settings, () => undefined);
    const unit = units.find((u) => u.unit === '市场监管科');
    if (!unit) throw new Error('no unit file');

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(unit.bytes as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('督办事项');
    if (!sheet) throw new Error('no 督办事项 sheet');
    sheet.getRow(4).getCell(UNIT_COLUMNS.indexOf('progress') + 1).value = '已完成摸底排查';
    const returned = asFile('市场监管科.xlsx', new Uint8Array(await wb.xlsx.writeBuffer()));

    const summary = await backend.consolidate(settings, [returned], () => undefined);
    expect(summary.counts).toMatchObject({ files: 1, changes: 1, conflicts: 0 });
    expect(excel.active).toBe(summary.logSheet);
    const tracker = excel.grid('跟踪台账');
    expect(tracker.rows.some((r) => r.includes('已完成摸底排查'))).toBe(true);
  });

  it('inserts a plan’s breakdown sheets beside the user’s, never over one, and reads the first as the source', async () => {
    // A sheet named like the first plan is there already: it is the user's and stays.
    const workbook = await readWorkbookFile(path.join(EXAMPLES, 'civilized-city-2026.xlsx'));
    workbook.addWorksheet('篇1').getCell('A1').value = '我的表';
    const excel = memoryOf(workbook);
    const backend = excelBackend(depsOf(excel), new WorkerClient(inProcessWorker));
    await backend.open();
    const text = ['任务分解 篇1', planFixture('simplified-outline'), '方案 篇2', planFixture('phases')].join(
      '\n',
    );
    const plans = namedBreakdowns(previewPlans(text, { asOf: AS_OF }));
    const progress: string[] = [];
    const inserted = await backend.insertPlans({ plans, lang: 'zh-CN' }, (p) => progress.push(p.phase));
    expect(inserted.sheets).toEqual(['篇1 (2)', '篇2']);
    expect(progress).toContain('write');
    expect(excel.grid('篇1').rows).toEqual([['我的表']]);
    expect(excel.active).toBe('篇1 (2)');
    expect(inserted.opened).toMatchObject({
      sheet: '篇1 (2)',
      sheets: ['任务分解', '篇1', '篇1 (2)', '篇2'],
    });

    const settings = initialSettings(inserted.opened.sheet, null, AS_OF, 'zh-CN');
    const detection = await backend.detect(settings);
    expect(detection).toMatchObject({ found: true, tasks: 3 });
    const outcome = await backend.build(settings, () => undefined);
    // 6月底前 has passed by 30 November; the other two are due that day.
    expect(outcome.dashboard.counts).toMatchObject({ overdue: 1 });
    expect(excel.grid(outcome.trackerName).rows.some((r) => r.includes('背街小巷整治'))).toBe(true);
  });
});
