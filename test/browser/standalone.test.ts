/**
 * The standalone page in Chromium: the production build served by a tiny static server, the example
 * picked through the file input, the figures checked against examples/expected.json, the tracked
 * workbook downloaded and read back. Office.js's CDN is unreachable here, as on many office networks:
 * the page must come up without it, whether the request fails or hangs. Screenshots of the pane in
 * zh-CN and en-US go to test-output/ for people to look at.
 */
import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page, type Route } from 'playwright-core';
import { t } from '../../src/i18n';
import { TRACKER_FIRST_DATA_ROW, trackerLetter } from '../../src/core/track/tracker-columns';
import type { Status } from '../../src/core/model';
import { planFixture } from '../core/extract/fixtures';
import { EXAMPLES, REPO_ROOT } from '../helpers/paths';
import { breakdownWorkbook } from '../helpers/workbooks';
import { serveDir } from '../../scripts/serve-dist';

const CHROMIUM = '/usr/bin/chromium';
const OFFICE_JS = 'https://appsforoffice.microsoft.com/**';
const OUTPUT = path.join(REPO_ROOT, 'test-output');
const EXAMPLE = path.join(EXAMPLES, 'civilized-city-2026.xlsx');

interface Expected {
  file: string;
  asOf: string;
  counts: Record<string, number>;
  tasks: { status: Status }[];
}
const expected = (JSON.parse(readFileSync(path.join(EXAMPLES, 'expected.json'), 'utf8')) as Expected[]).find(
  (e) => e.file === 'civilized-city-2026.xlsx',
) as Expected;

const available = existsSync(CHROMIUM);
if (!available) console.warn(`skipping the browser test: ${CHROMIUM} is absent`);
const describeInChromium = available ? describe : describe.skip;

/** The project's own static server, as `npm run serve` runs it. */
const serve = (root: string) => serveDir(root);

describeInChromium('the standalone page in Chromium', () => {
  let dist: string;
  let server: { url: string; close(): void };
  let browser: Browser;

  beforeAll(async () => {
    // Its own output directory, so the build test's `dist/` is never rebuilt under it.
    dist = mkdtempSync(path.join(tmpdir(), 'respmatrix-dist-'));
    const webpackCli = require.resolve('webpack-cli/bin/cli.js');
    execFileSync(process.execPath, [webpackCli, '--mode', 'production', '--output-path', dist], {
      cwd: REPO_ROOT,
      stdio: 'pipe',
    });
    server = await serve(dist);
    // playwright gives the browser a fresh temporary profile (it refuses --user-data-dir with launch()).
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--headless',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    mkdirSync(OUTPUT, { recursive: true });
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    server?.close();
    if (dist) rmSync(dist, { recursive: true, force: true });
  });

  /** A pane-sized page whose Office.js request fails at once. */
  async function openPage(locale: 'zh-CN' | 'en-US', page = 'taskpane.html'): Promise<Page> {
    const context = await browser.newContext({
      locale,
      viewport: { width: 360, height: 780 },
      acceptDownloads: true,
    });
    const tab = await context.newPage();
    await tab.route(OFFICE_JS, (route) => route.abort('connectionrefused'));
    await tab.goto(server.url + page);
    return tab;
  }

  async function pickExample(page: Page, asOf: string, lang: 'zh-CN' | 'en-US'): Promise<void> {
    await page.getByTestId('workbook-file').setInputFiles(EXAMPLE);
    await page.getByRole('tab', { name: t(lang, 'pane.tab.detect') }).waitFor();
    await page.getByLabel(t(lang, 'pane.options.asOf')).fill(asOf);
  }

  async function counts(page: Page): Promise<Record<string, number>> {
    const out: Record<string, number> = {};
    for (const key of ['done', 'overdue', 'due_soon', 'on_track', 'ongoing', 'unscored'])
      out[key] = Number(await page.getByTestId(`count-${key}`).textContent());
    return out;
  }

  function expectedCounts(): Record<string, number> {
    const { done, overdue, due_soon, on_track, ongoing, unscored } = expected.counts;
    return { done, overdue, due_soon, on_track, ongoing, unscored };
  }

  it('reads the example, builds the tracked workbook and offers it as a download (zh-CN)', async () => {
    const page = await openPage('zh-CN');
    await pickExample(page, expected.asOf, 'zh-CN');
    await page.getByText('表头在第 2 行，识别到 9 项任务').waitFor();
    await page.screenshot({ path: path.join(OUTPUT, 'pane-detect-zh-CN.png'), fullPage: true });
    await page.getByRole('button', { name: '各列的用途' }).click();
    await expect(page.getByRole('combobox', { name: '牵头单位' }).textContent()).resolves.toBe(
      'D 列 · 牵头单位',
    );
    // Past the accordion's opening animation, so the whole list is in the picture.
    await page.getByRole('combobox', { name: '备注' }).waitFor();
    await page.waitForTimeout(500);
    await page.screenshot({ path: path.join(OUTPUT, 'pane-columns-zh-CN.png'), fullPage: true });
    await page.getByRole('button', { name: '各列的用途' }).click();

    await page.getByRole('tab', { name: '概览' }).click();
    expect(await counts(page)).toEqual(expectedCounts());

    await page.getByRole('tab', { name: '识别' }).click();
    await page.getByRole('button', { name: '生成跟踪表' }).click();
    await page.getByText(/^已生成：跟踪台账/).waitFor({ timeout: 60_000 });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下载跟踪工作簿' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('civilized-city-2026（跟踪）.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download.path());
    const names = workbook.worksheets.map((ws) => ws.name);
    expect(names).toEqual(
      expect.arrayContaining(['任务分解', '跟踪台账', '月度进度', '月报', '_respmatrix']),
    );
    const tracker = workbook.getWorksheet('跟踪台账') as ExcelJS.Worksheet;
    const statuses = expected.tasks.map(
      (_, i) =>
        (
          tracker.getCell(`${trackerLetter('status')}${TRACKER_FIRST_DATA_ROW + i}`)
            .value as ExcelJS.CellFormulaValue
        ).result,
    );
    expect(statuses).toEqual(expected.tasks.map((task) => t('zh-CN', `status.${task.status}`)));
    await page.screenshot({ path: path.join(OUTPUT, 'pane-built-zh-CN.png'), fullPage: true });

    await page.getByRole('tab', { name: '概览' }).click();
    await page.getByText(/按跟踪台账统计/).waitFor();
    expect(await counts(page)).toEqual(expectedCounts());
    await page.screenshot({ path: path.join(OUTPUT, 'pane-dashboard-zh-CN.png'), fullPage: true });

    await page.getByRole('tab', { name: '导出' }).click();
    await page.getByRole('button', { name: '生成各单位文件' }).click();
    await page.getByRole('button', { name: /^全部下载/ }).waitFor({ timeout: 60_000 });
    const [unitFile] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下载 市场监管科.xlsx' }).click(),
    ]);
    expect(unitFile.suggestedFilename()).toBe('市场监管科.xlsx');
    await page.screenshot({ path: path.join(OUTPUT, 'pane-export-zh-CN.png'), fullPage: true });
    await page.context().close();
  }, 180_000);

  it('speaks English in an English browser (en-US)', async () => {
    const page = await openPage('en-US');
    await pickExample(page, expected.asOf, 'en-US');
    await page.getByText('Header in row 2; 9 tasks found').waitFor();
    await page.screenshot({ path: path.join(OUTPUT, 'pane-detect-en-US.png'), fullPage: true });
    await page.getByRole('button', { name: 'Build tracker' }).click();
    await page.getByText(/^Built: Tracker/).waitFor({ timeout: 60_000 });
    await page.getByRole('tab', { name: 'Dashboard' }).click();
    expect(await counts(page)).toEqual(expectedCounts());
    await page.screenshot({ path: path.join(OUTPUT, 'pane-dashboard-en-US.png'), fullPage: true });
    await page.getByRole('tab', { name: 'Export' }).click();
    await page.getByRole('button', { name: 'Build leaders’ workbook' }).click();
    await page.getByRole('button', { name: /^Download .*for leaders/ }).waitFor({ timeout: 60_000 });
    await page.screenshot({ path: path.join(OUTPUT, 'pane-export-en-US.png'), fullPage: true });
    await page.context().close();
  }, 180_000);

  it('makes a breakdown workbook from a pasted plan, opens it and builds its tracker (从方案生成)', async () => {
    const page = await openPage('zh-CN', 'standalone.html');
    await page.getByRole('button', { name: '没有工作簿？从工作方案文本生成任务分解表' }).click();
    await page.getByRole('textbox', { name: '工作方案文本' }).fill(planFixture('simplified-outline'));
    await page.getByRole('button', { name: '识别方案' }).click();
    await page.getByText('任务 3 项').waitFor();
    await page.screenshot({ path: path.join(OUTPUT, 'pane-plan-zh-CN.png'), fullPage: true });

    await page.getByRole('button', { name: '生成并打开' }).click();
    await page.getByText(/识别到 3 项任务/).waitFor({ timeout: 60_000 });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下载 任务分解表.xlsx' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('任务分解表.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download.path());
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(['2026年城区环境卫生整治工作方案']);
    await page.screenshot({ path: path.join(OUTPUT, 'pane-plan-inserted-zh-CN.png'), fullPage: true });

    await page.getByRole('button', { name: '生成跟踪表' }).click();
    await page.getByText(/^已生成：跟踪台账/).waitFor({ timeout: 60_000 });
    await page.context().close();
  }, 120_000);

  it('previews a plan in English, placeholders marked (en-US)', async () => {
    const page = await openPage('en-US', 'standalone.html');
    await page.getByRole('button', { name: t('en-US', 'pane.plan.fromText') }).click();
    await page.getByRole('textbox', { name: 'Work plan text' }).fill(planFixture('phases'));
    await page.getByRole('button', { name: 'Read the plan' }).click();
    await page.getByText('3 phases').waitFor();
    expect(await page.locator('mark').first().textContent()).toBe('20xx');
    await page.screenshot({ path: path.join(OUTPUT, 'pane-plan-en-US.png'), fullPage: true });
    await page.context().close();
  }, 60_000);

  it('waits for a hanging Office.js CDN, comes up when it fails, and standalone.html never asks it', async () => {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 360, height: 780 } });
    const page = await context.newPage();
    let held: Route | null = null;
    await page.route(OFFICE_JS, (route) => {
      held = route;
    });
    await page.goto(server.url + 'taskpane.html', { waitUntil: 'commit' });
    // office.js is a blocking script, as Office requires: nothing renders while the CDN hangs …
    await page.waitForTimeout(3_000);
    expect(await page.evaluate(() => document.getElementById('root'))).toBeNull();
    expect(held).not.toBeNull();
    // … and the page runs standalone as soon as the request fails.
    await (held as unknown as Route).abort('timedout');
    await page.getByRole('button', { name: '选择工作簿…' }).waitFor({ timeout: 10_000 });

    const plain = await context.newPage();
    const asked: string[] = [];
    plain.on('request', (request) => asked.push(request.url()));
    await plain.goto(server.url + 'standalone.html');
    await plain.getByRole('button', { name: '选择工作簿…' }).waitFor({ timeout: 5_000 });
    expect(asked.filter((url) => url.includes('appsforoffice'))).toEqual([]);
    await context.close();
  }, 60_000);

  it('stays responsive while a 10,000-task workbook is read and built in the worker', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'respmatrix-big-')), '10000项任务.xlsx');
    await breakdownWorkbook(10_000).xlsx.writeFile(file);
    const page = await openPage('zh-CN', 'standalone.html');
    // The longest the page's thread is busy at a stretch, sampled every 50 ms from now on.
    await page.evaluate(() => {
      const w = window as unknown as { longestGap: number };
      w.longestGap = 0;
      let last = performance.now();
      setInterval(() => {
        const now = performance.now();
        w.longestGap = Math.max(w.longestGap, now - last);
        last = now;
      }, 50);
    });
    await page.getByTestId('workbook-file').setInputFiles(file);
    await page.getByText('表头在第 2 行，识别到 10000 项任务').waitFor({ timeout: 120_000 });
    await page.getByRole('button', { name: '生成跟踪表' }).click();
    await page.getByRole('button', { name: '下载跟踪工作簿' }).waitFor({ timeout: 240_000 });
    const longest = await page.evaluate(() => (window as unknown as { longestGap: number }).longestGap);
    console.log(`10,000 tasks: the page's thread was busy at most ${Math.round(longest)} ms at a stretch`);
    // Loading, planning and writing 10,000 tasks take seconds in the worker; the page never stalls that long.
    expect(longest).toBeLessThan(1_000);
    await page.context().close();
    rmSync(path.dirname(file), { recursive: true, force: true });
  }, 420_000);
});
