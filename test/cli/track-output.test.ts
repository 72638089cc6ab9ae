import ExcelJS from 'exceljs';
import { createHash } from 'node:crypto';
import { copyFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { TRACKER_COLUMNS, TRACKER_FIRST_DATA_ROW } from '../../src/core/track/tracker-columns';
import { runCli } from '../helpers/cli';
import { EXAMPLES } from '../helpers/paths';
import { readWorkbookFile, tempDir } from '../helpers/workbooks';

const col = (c: (typeof TRACKER_COLUMNS)[number]) => TRACKER_COLUMNS.indexOf(c) + 1;
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

function trackerRows(wb: ExcelJS.Workbook, sheet = '跟踪台账') {
  const ws = wb.getWorksheet(sheet) as ExcelJS.Worksheet;
  const rows: { key: string; title: string; progress: unknown; score: unknown; status: unknown }[] = [];
  ws.eachRow((row, n) => {
    if (n < TRACKER_FIRST_DATA_ROW) return;
    const key = row.getCell(col('key')).value;
    if (typeof key !== 'string') return;
    const status = row.getCell(col('status')).value;
    rows.push({
      key,
      title: String(row.getCell(col('task')).value),
      progress: row.getCell(col('progress')).value,
      score: row.getCell(col('score')).value,
      status: status && typeof status === 'object' && 'result' in status ? status.result : status,
    });
  });
  return rows;
}

describe('track -o', () => {
  it('writes the tracked workbook and never writes the input', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'in.xlsx');
    copyFileSync(path.join(EXAMPLES, 'civilized-city-2026.xlsx'), input);
    const before = sha(input);
    const result = await runCli(['track', input, '--as-of', '2026-11-30', '-o', path.join(dir, 'out.xlsx')]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('已生成跟踪工作簿');
    expect(sha(input)).toBe(before);
    const refused = await runCli(['track', input, '-o', input]);
    expect(refused.code).toBe(2);
    expect(sha(input)).toBe(before);
  });

  it('a refresh after edits keeps typed entries and archives a deleted task', async () => {
    const dir = tempDir();
    const first = path.join(dir, 'week1.xlsx');
    await runCli([
      'track',
      path.join(EXAMPLES, 'civilized-city-2026.xlsx'),
      '--as-of',
      '2026-11-30',
      '-o',
      first,
    ]);

    // The office types progress and scores; someone edits the source sheet.
    const wb = await readWorkbookFile(first);
    const tracker = wb.getWorksheet('跟踪台账') as ExcelJS.Worksheet;
    const rowOf = (title: string) => {
      let found = 0;
      tracker.eachRow((row, n) => {
        if (row.getCell(col('task')).value === title) found = n;
      });
      return tracker.getRow(found);
    };
    rowOf('清理占道经营和出店经营').getCell(col('progress')).value = '已清理32处';
    rowOf('清理占道经营和出店经营').getCell(col('score')).value = 3;
    rowOf('市场内部管理').getCell(col('progress')).value = '保洁到位';
    rowOf('迎检查漏补缺').getCell(col('completion')).value = '已完成';
    const source = wb.getWorksheet('任务分解') as ExcelJS.Worksheet;
    source.getCell('B5').value = '清理占道经营、出店经营'; // edited text
    source.spliceRows(6, 1); // 市场内部管理 deleted
    source.insertRow(10, [10, '新增：夜市整治', '夜市管理', '执法大队', '', '', '12月31日前']);
    const edited = path.join(dir, 'week1-edited.xlsx');
    await wb.xlsx.writeFile(edited);

    const second = path.join(dir, 'week2.xlsx');
    const result = await runCli(['track', edited, '--as-of', '2026-12-07', '-o', second]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('移入“已移除” 1 项');
    expect(result.stdout).toContain('市场内部管理');

    const rows = trackerRows(await readWorkbookFile(second));
    const byTitle = (t: string) => rows.find((r) => r.title === t);
    expect(byTitle('清理占道经营、出店经营')).toMatchObject({
      progress: '已清理32处',
      score: 3,
      status: '逾期',
    });
    expect(byTitle('迎检查漏补缺')).toMatchObject({ status: '已完成' });
    expect(byTitle('新增：夜市整治')).toBeDefined();
    const archived = rows.filter((r) => r.status === '已移除');
    expect(archived).toEqual([expect.objectContaining({ title: '市场内部管理', progress: '保洁到位' })]);
    // The key of an edited task did not change.
    const firstRows = trackerRows(await readWorkbookFile(first));
    expect(byTitle('清理占道经营、出店经营')?.key).toBe(
      firstRows.find((r) => r.title === '清理占道经营和出店经营')?.key,
    );
  });

  it('a refresh keeps the plan year the workbook was built for', async () => {
    const dir = tempDir();
    const source = new ExcelJS.Workbook();
    source.addWorksheet('分解表').addRows([
      ['工作任务', '牵头单位', '完成时限'],
      ['年度考核', '区政府办', '20xx年12月底前'],
    ]);
    const input = path.join(dir, 'plan.xlsx');
    await source.xlsx.writeFile(input);
    const built = path.join(dir, 'built.xlsx');
    await runCli(['track', input, '--as-of', '2026-11-30', '-o', built]);
    const refreshed = path.join(dir, 'refreshed.xlsx');
    await runCli(['track', built, '--as-of', '2027-01-10', '-o', refreshed]);
    const json = await runCli(['track', refreshed, '--as-of', '2027-01-10', '--json', '-']);
    expect(trackerRows(await readWorkbookFile(refreshed))[0].status).toBe('逾期');
    expect(JSON.parse(json.stdout)).toMatchObject({ planYear: 2026, tasks: [{ status: 'overdue' }] });
  });
});
