/**
 * The leader export printed by LibreOffice: every sheet one page wide (all its columns on each
 * page), landscape, with the titled header and page x of y; the same workbook without fit-to-width
 * spills the overdue list over a second page across, so the check can fail.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type ExcelJS from 'exceljs';
import { leaderWorkbook } from '../../../src/io/xlsx/leader-export';
import { convert, describeIfSoffice, pdfPages } from '../../helpers/libreoffice';
import { tempDir } from '../../helpers/workbooks';
import { AS_OF, trackedExample } from './tracked-example';

const hasPdftotext = spawnSync('pdftotext', ['-v'], { stdio: 'ignore' }).status === 0;
const describeIfTools = hasPdftotext ? describeIfSoffice() : describe.skip;
if (!hasPdftotext) console.warn('skipping: pdftotext is not installed');

const TITLES = {
  report: '创建省级文明城市工作测评月报（2026年11月）',
  units: '创建省级文明城市工作测评单位汇总',
  overdue: '创建省级文明城市工作测评逾期任务清单',
};
/** A sheet's first column header, and the last column headers of its tables (the report stacks several). */
const EDGES = {
  report: ['序号', ['涉及单位', '完成率', '最新进展', '进展情况', '完成时限']],
  units: ['排名', ['得分']],
  overdue: ['序号', ['最新进展']],
} as const;

interface PrintedPage {
  text: string;
  width: number;
  height: number;
}

async function printed(workbook: ExcelJS.Workbook, name: string): Promise<PrintedPage[]> {
  const file = path.join(tempDir(), `${name}.xlsx`);
  writeFileSync(file, new Uint8Array(await workbook.xlsx.writeBuffer()));
  const pdf = path.join(convert(file, 'pdf'), `${name}.pdf`);
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  const images = pdfPages(pdf, 50);
  // pdftotext ends each page with a form feed.
  return text
    .split('\f')
    .slice(0, images.length)
    .map((pageText, i) => ({ text: pageText, width: images[i].width, height: images[i].height }));
}

const pagesOf = (pages: PrintedPage[], title: string) => pages.filter((p) => p.text.includes(title));

describeIfTools('leader export rendered by LibreOffice', () => {
  let pages: PrintedPage[];
  let control: PrintedPage[];

  beforeAll(async () => {
    const made = leaderWorkbook(await trackedExample('civilized-city-2026.xlsx'), {
      asOf: AS_OF,
      lang: 'zh-CN',
    });
    if (!made.ok) throw new Error(made.reason);
    pages = await printed(made.workbook, 'leader');
    for (const ws of made.workbook.worksheets)
      ws.pageSetup = { ...ws.pageSetup, fitToPage: false, scale: 100 };
    control = await printed(made.workbook, 'control');
  }, 300_000);

  it('prints every page landscape, titled, with page x of y', () => {
    expect(pages.length).toBeGreaterThanOrEqual(3);
    pages.forEach((page, i) => {
      expect(page.width).toBeGreaterThan(page.height);
      expect(page.text).toContain(`截至${AS_OF}`);
      expect(page.text).toContain(`第 ${i + 1} 页，共 ${pages.length} 页`);
    });
  });

  it('fits each sheet one page wide: all its columns on the same page', () => {
    for (const sheet of ['report', 'units', 'overdue'] as const) {
      const own = pagesOf(pages, TITLES[sheet]);
      expect(own.length).toBeGreaterThan(0);
      const [first, last] = EDGES[sheet];
      const withTable = own.filter((p) => p.text.includes(first));
      expect(withTable.length).toBeGreaterThan(0);
      for (const page of withTable)
        expect({ sheet, last: last.some((header) => page.text.includes(header)) }).toEqual({
          sheet,
          last: true,
        });
    }
    expect(pagesOf(pages, TITLES.overdue)).toHaveLength(1);
    expect(pagesOf(pages, TITLES.units)).toHaveLength(1);
  });

  it('spills over a second page across without fit-to-width (the control)', () => {
    const overdue = pagesOf(control, TITLES.overdue);
    expect(overdue.length).toBeGreaterThan(1);
    expect(overdue.some((p) => p.text.includes('序号') && !p.text.includes('最新进展'))).toBe(true);
    expect(control.length).toBeGreaterThan(pages.length);
  });
});
