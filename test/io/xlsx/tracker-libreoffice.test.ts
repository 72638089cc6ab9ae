/**
 * The tracker as someone without the add-in sees it: LibreOffice renders it with the highlight
 * colours, and recalculating its formulas gives the statuses the build cached.
 */
import ExcelJS from 'exceljs';
import path from 'node:path';
import { HIGHLIGHTS } from '../../../src/core/sheets/palette';
import { statusWord } from '../../../src/core/sheets/tracker-sheet';
import { TRACKER_COLUMNS, TRACKER_FIRST_DATA_ROW } from '../../../src/core/track/tracker-columns';
import { applyTrackPlan } from '../../../src/io/xlsx/tracked-workbook';
import { todayIso } from '../../../src/cli/options';
import { convert, countColour, describeIfSoffice, pdfPages } from '../../helpers/libreoffice';
import { sheetsAsCsv } from '../../helpers/lo-csv';
import { EXAMPLES } from '../../helpers/paths';
import { readWorkbookFile, tempDir } from '../../helpers/workbooks';

/** The tracker alone, so the PDF holds only its pages. */
async function trackerOnly(asOf: string): Promise<{ file: string; cached: string[] }> {
  const wb = await readWorkbookFile(path.join(EXAMPLES, 'civilized-city-2026.xlsx'));
  const plan = applyTrackPlan(wb, { asOf, lang: 'zh-CN' });
  if (!plan.ok) throw new Error(plan.reason);
  for (const ws of [...wb.worksheets]) if (ws.name !== '跟踪台账') ws.state = 'hidden';
  const file = path.join(tempDir(), 'tracker.xlsx');
  await wb.xlsx.writeFile(file);
  return { file, cached: plan.model.tasks.map((t) => statusWord('zh-CN', t.status)) };
}

describeIfSoffice()('the tracker rendered by LibreOffice', () => {
  it('shows red, amber and green fills from the conditional formats', async () => {
    // LibreOffice recalculates TODAY() on load, so deadlines are set relative to the day the test
    // runs: one overdue and one due soon whatever the date; done tasks are done by their words.
    const wb = await readWorkbookFile(path.join(EXAMPLES, 'civilized-city-2026.xlsx'));
    const source = wb.getWorksheet('任务分解') as ExcelJS.Worksheet;
    const today = todayIso();
    const shift = (days: number) => {
      const d = new Date(`${today}T00:00:00Z`);
      d.setUTCDate(d.getUTCDate() + days);
      return d;
    };
    source.getCell('H5').value = shift(-30); // overdue whatever the day
    source.getCell('H11').value = shift(3); // due soon whatever the day
    const plan = applyTrackPlan(wb, { asOf: today, lang: 'zh-CN' });
    expect(plan.ok).toBe(true);
    for (const ws of [...wb.worksheets]) if (ws.name !== '跟踪台账') ws.state = 'hidden';
    const file = path.join(tempDir(), 'tracker.xlsx');
    await wb.xlsx.writeFile(file);
    const pdf = path.join(convert(file, 'pdf'), 'tracker.pdf');
    const pages = pdfPages(pdf);
    expect(pages.length).toBeGreaterThan(0);
    const count = (hex: string) => pages.reduce((n, p) => n + countColour(p, hex), 0);
    expect(count(HIGHLIGHTS.overdue.fill ?? '')).toBeGreaterThan(200);
    expect(count(HIGHLIGHTS.dueSoon.fill ?? '')).toBeGreaterThan(200);
    expect(count(HIGHLIGHTS.done.fill ?? '')).toBeGreaterThan(200);
  }, 180_000);

  it('recalculates the status formulas to the values the build cached', async () => {
    expect(await recalculatedStatuses(todayIso())).toEqual((await trackerOnly(todayIso())).cached);
  }, 180_000);

  it('really recalculates: a build as of another day shows the statuses of today', async () => {
    const { cached } = await trackerOnly('2026-01-15');
    const recalculated = await recalculatedStatuses('2026-01-15');
    expect(recalculated).toEqual((await trackerOnly(todayIso())).cached);
    expect(recalculated).not.toEqual(cached);
  }, 180_000);
});

describeIfSoffice()('recurring deadlines recalculated by LibreOffice', () => {
  it('the next-occurrence formulas agree with the core for every kind of recurrence', async () => {
    const texts = [
      '每月25日前',
      '每月底',
      '每月31日',
      '每季度末',
      '每季度末25日',
      '每半年',
      '每年6月',
      '每年12月20日',
      '每周一',
      '每周五',
    ];
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('分解表');
    ws.addRow(['工作任务', '牵头单位', '完成时限']);
    texts.forEach((text, i) => ws.addRow([`任务${i + 1}`, '区政府办', text]));
    const today = todayIso();
    const plan = applyTrackPlan(wb, { asOf: today, lang: 'zh-CN' });
    if (!plan.ok) throw new Error(plan.reason);
    expect(plan.model.tasks.map((t) => t.task.deadline.kind)).toEqual(texts.map(() => 'recurring'));
    for (const sheet of [...wb.worksheets]) if (sheet.name !== '跟踪台账') sheet.state = 'hidden';
    const file = path.join(tempDir(), 'recurring.xlsx');
    await wb.xlsx.writeFile(file);
    const due = csvColumn(file, TRACKER_COLUMNS.indexOf('due'), texts.length);
    expect(due).toEqual(plan.model.tasks.map((t) => t.task.deadline.due));
  }, 180_000);
});

/** A tracker column as LibreOffice recalculates it, for the first `count` tasks. */
function csvColumn(file: string, column: number, count: number): string[] {
  const rows = sheetsAsCsv(file).get('跟踪台账');
  if (!rows) throw new Error(`no tracker in the CSV export of ${file}`);
  return rows.slice(TRACKER_FIRST_DATA_ROW - 1, TRACKER_FIRST_DATA_ROW - 1 + count).map((row) => row[column]);
}

async function recalculatedStatuses(asOf: string): Promise<string[]> {
  const { file, cached } = await trackerOnly(asOf);
  return csvColumn(file, TRACKER_COLUMNS.indexOf('status'), cached.length);
}
