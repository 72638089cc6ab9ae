/**
 * The ownership marker and the task keys live in cells, so a tracked workbook opened and saved by
 * another program (here LibreOffice) is still recognised: a refresh reuses its sheets and keeps
 * what was typed.
 */
import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { TRACKER_COLUMNS, TRACKER_FIRST_DATA_ROW } from '../../../src/core/track/tracker-columns';
import { runCli } from '../../helpers/cli';
import { describeIfSoffice } from '../../helpers/libreoffice';
import { EXAMPLES } from '../../helpers/paths';
import { readWorkbookFile, tempDir } from '../../helpers/workbooks';

const PROGRESS = TRACKER_COLUMNS.indexOf('progress') + 1;

describeIfSoffice()('a tracked workbook saved again by LibreOffice', () => {
  it('is refreshed in place: same sheets, typed progress kept', async () => {
    const dir = tempDir();
    const built = path.join(dir, 'built.xlsx');
    await runCli([
      'track',
      path.join(EXAMPLES, 'civilized-city-2026.xlsx'),
      '--as-of',
      '2026-11-30',
      '-o',
      built,
    ]);
    const typed = await readWorkbookFile(built);
    (typed.getWorksheet('跟踪台账') as ExcelJS.Worksheet)
      .getRow(TRACKER_FIRST_DATA_ROW + 1)
      .getCell(PROGRESS).value = '已清理32处';
    const edited = path.join(dir, 'edited.xlsx');
    await typed.xlsx.writeFile(edited);

    const resavedDir = path.join(dir, 'lo');
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${dir}/profile`,
        '--headless',
        '--convert-to',
        'xlsx:Calc MS Excel 2007 XML',
        '--outdir',
        resavedDir,
        edited,
      ],
      { stdio: 'ignore', timeout: 120_000 },
    );
    const resaved = path.join(resavedDir, 'edited.xlsx');

    const refreshed = path.join(dir, 'refreshed.xlsx');
    const result = await runCli(['track', resaved, '--as-of', '2026-12-01', '-o', refreshed]);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('保留 9 项录入');
    const wb = await readWorkbookFile(refreshed);
    const names = wb.worksheets.map((ws) => ws.name);
    expect(names.filter((n) => n.startsWith('跟踪台账'))).toEqual(['跟踪台账']);
    expect(names).not.toContain('跟踪台账 (2)');
    const tracker = wb.getWorksheet('跟踪台账') as ExcelJS.Worksheet;
    expect(tracker.getRow(TRACKER_FIRST_DATA_ROW + 1).getCell(PROGRESS).value).toBe('已清理32处');
  }, 180_000);
});
