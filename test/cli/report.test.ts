import ExcelJS from 'exceljs';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { runCli } from '../helpers/cli';
import { EXAMPLES } from '../helpers/paths';
import { tempDir } from '../helpers/workbooks';

const CIVILIZED = path.join(EXAMPLES, 'civilized-city-2026.xlsx');

async function sheetNames(file: string): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook.worksheets.map((ws) => ws.name);
}

describe('respmatrix report', () => {
  it('prints the title, the as-of line and the narrative', async () => {
    const result = await runCli(['report', CIVILIZED, '--as-of', '2026-11-30']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      '创建省级文明城市工作测评月报（2026年11月）\n' +
        '截至2026年11月30日，共9项任务；无上月月报，不作比较\n\n' +
        '截至2026年11月30日，9项重点任务中已完成3项，占33.3%；按进度推进2项，临期1项，长期推进1项；' +
        '逾期2项，占22.2%，涉及执法大队、登记注册科。12月有3项任务到期，1项定期报送事项本月未按时报送。' +
        '另有3项已完成或逾期的任务尚未评分。\n',
    );
  });

  it('prints the whole report as Markdown, in English with --lang en', async () => {
    const md = await runCli(['report', CIVILIZED, '--as-of', '2026-11-30', '--format', 'md']);
    expect(md.stdout).toMatch(/^# 创建省级文明城市工作测评月报（2026年11月）\n/);
    expect(md.stdout).toContain('## 三、逾期任务（2项）');
    const en = await runCli(['report', CIVILIZED, '--as-of', '2026-11-30', '--lang', 'en']);
    expect(en.stdout).toContain('As of 2026-11-30, 3 of the 9 tasks were done (33.3%)');
  });

  it('reports a past month as of its last day', async () => {
    const result = await runCli(['report', CIVILIZED, '--month', '2026-10']);
    expect(result.stdout.split('\n').slice(0, 2)).toEqual([
      '创建省级文明城市工作测评月报（2026年10月）',
      '截至2026年10月31日，共9项任务；无上月月报，不作比较',
    ]);
  });

  it('writes the 月报 sheet into a copy and compares next month with its snapshot', async () => {
    const dir = tempDir();
    const october = path.join(dir, 'october.xlsx');
    const november = path.join(dir, 'november.xlsx');
    expect((await runCli(['track', CIVILIZED, '--as-of', '2026-10-31', '-o', october])).code).toBe(0);
    const result = await runCli(['report', october, '--as-of', '2026-11-30', '-o', november]);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('与上月（截至2026年10月31日）相比，已完成持平，逾期增加2项。');
    expect(result.stdout).toContain(`已写入 ${november}（月报工作表：月报）`);
    expect(await sheetNames(november)).toEqual(
      expect.arrayContaining(['任务分解', '跟踪台账', '月报', '_respmatrix']),
    );
    expect(readdirSync(dir).sort()).toEqual(['november.xlsx', 'october.xlsx']);
  });

  it('never overwrites a sheet of the user that has the report’s name', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'mine.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(CIVILIZED);
    workbook.addWorksheet('月报').getCell('A1').value = '我自己的月报';
    await workbook.xlsx.writeFile(input);
    const out = path.join(dir, 'out.xlsx');
    expect((await runCli(['report', input, '--as-of', '2026-11-30', '-o', out])).code).toBe(0);
    const written = new ExcelJS.Workbook();
    await written.xlsx.readFile(out);
    expect(written.getWorksheet('月报')?.getCell('A1').value).toBe('我自己的月报');
    expect(written.getWorksheet('月报 (2)')?.getCell('A1').value).toBe(
      '创建省级文明城市工作测评月报（2026年11月）',
    );
  });

  it.each([
    [['--month', '2026-13'], '月份“2026-13”格式不对，应为 YYYY-MM'],
    [['--format', 'pdf'], '不支持输出格式“pdf”，可用：text、md'],
    [['--as-of', '2026-02-30'], '日期“2026-02-30”格式不对，应为 YYYY-MM-DD'],
    [['-o', CIVILIZED], '输出文件不能是输入文件本身'],
  ])('refuses %j with one line and exit 2', async (options, message) => {
    const result = await runCli(['report', CIVILIZED, ...options]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('prints its usage with --help', async () => {
    const result = await runCli(['report', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^用法：respmatrix report <跟踪工作簿.xlsx> \[--month YYYY-MM\]/);
  });

  it('exits 3 with one line when the workbook holds no task table', async () => {
    const file = path.join(tempDir(), 'notes.xlsx');
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('说明').addRow(['这里没有任务表']);
    await workbook.xlsx.writeFile(file);
    const result = await runCli(['report', file]);
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/^未找到任务表（已查看：说明）/);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('says so in one line when the file is missing', async () => {
    const result = await runCli(['report', 'no-such-file.xlsx']);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });
});
