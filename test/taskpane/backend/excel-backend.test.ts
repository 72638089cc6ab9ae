/**
 * The pane's Excel backend end to end without Excel: the gateway on the in-memory workbook, the
 * worker's session in this process.
 */
import ExcelJS from 'exceljs';
import { UNIT_COLUMNS } from '../../../src/core/exports/unit-columns';
import { excelBackend } from '../../../src/taskpane/backend/excel-backend';
import { WorkerClient } from '../../../src/taskpane/backend/worker-client';
import { initialSettings } from '../../../src/taskpane/model/settings';
import { depsOf, exampleExcel } from '../../io/office/memory-workbooks';
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
});
