import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ExtractJson } from '../../src/core/extract/extract-json';
import { runCli } from '../helpers/cli';
import { describeIfExists } from '../helpers/paths';
import { PLANS_DIR, planFixture } from '../core/extract/fixtures';
import { gbkBytes } from '../helpers/gbk';
import { SEED } from '../core/extract/seed';

const OUTLINE = path.join(PLANS_DIR, 'simplified-outline.txt');
const DATES = ['--as-of', '2026-06-01'];

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'respmatrix-extract-'));
  dirs.push(dir);
  return dir;
}

describe('respmatrix extract', () => {
  it('prints a summary of what it found', async () => {
    const result = await runCli(['extract', OUTLINE, ...DATES]);
    expect(result).toEqual({
      code: 0,
      stderr: '',
      stdout:
        '2026年城区环境卫生整治工作方案：任务 3 项 · 阶段 0 个 · 工作组 0 个 · 评分项 0 项 · 待填 2 处 · 已修复乱码 0 行\n' +
        '待填内容（xxx、20xx、空白的单位）和修复过的乱码行已在表中以黄色标出，请核对\n',
    });
  });

  it('speaks English with --lang en', async () => {
    const result = await runCli(['extract', OUTLINE, ...DATES, '--lang', 'en']);
    expect(result.stdout.split('\n')[0]).toBe(
      '2026年城区环境卫生整治工作方案: 3 tasks · 0 phases · 0 work groups · 0 score areas · 2 to fill · 0 garbled lines mended',
    );
  });

  it('writes a breakdown workbook that track reads without a mapping, leaving no temporary file', async () => {
    const dir = tempDir();
    const written = await runCli(['extract', OUTLINE, ...DATES, '-o', 'breakdown.xlsx'], { cwd: dir });
    expect(written.code).toBe(0);
    expect(written.stdout).toContain('已写入 breakdown.xlsx（1 个工作表）');
    expect(readdirSync(dir)).toEqual(['breakdown.xlsx']);

    const tracked = await runCli(['track', 'breakdown.xlsx', ...DATES, '--json', '-'], { cwd: dir });
    expect(tracked.stderr).toBe('');
    const json = JSON.parse(tracked.stdout) as {
      tasks: { title: string; deadline: { due: string | null } }[];
    };
    expect(json.tasks.map((t) => [t.title, t.deadline.due])).toEqual([
      ['背街小巷整治', '2026-06-30'],
      ['农贸市场提升', '2026-11-30'],
      ['垃圾分类推进', '2026-11-30'],
    ]);
  });

  it('prints only JSON with --json -', async () => {
    const result = await runCli(['extract', OUTLINE, ...DATES, '--json', '-']);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as ExtractJson;
    expect(json.schema).toBe('respmatrix.extract/1');
    expect(json.asOf).toBe('2026-06-01');
    expect(json.plans.map((p) => [p.sheet, p.counts])).toEqual([
      [
        '2026年城区环境卫生整治工作方案',
        { tasks: 3, phases: 0, groups: 0, scoreAreas: 0, placeholders: 2, mended: 0 },
      ],
    ]);
    expect(json.plans[0].tasks[0].deadline).toMatchObject({ kind: 'date', due: '2026-06-30' });
  });

  it('writes JSON to a file', async () => {
    const dir = tempDir();
    const result = await runCli(['extract', OUTLINE, ...DATES, '--json', 'plan.json'], { cwd: dir });
    expect(result.stdout).toContain('JSON 已写入 plan.json');
    expect(
      (JSON.parse(readFileSync(path.join(dir, 'plan.json'), 'utf8')) as ExtractJson).plans[0].tasks,
    ).toHaveLength(3);
  });

  it('reads standard input with -', async () => {
    const result = await runCli(['extract', '-', ...DATES, '--plan-year', '2027'], {
      stdin: planFixture('phases'),
    });
    expect(result.stdout.split('\n')[0]).toBe(
      '文明单位创建工作方案：任务 0 项 · 阶段 3 个 · 工作组 0 个 · 评分项 0 项 · 待填 3 处 · 已修复乱码 0 行',
    );
  });

  it('reads a GB18030 file as it reads the same text in UTF-8', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'plan-gbk.txt'), gbkBytes(planFixture('groups')));
    const gbk = await runCli(['extract', 'plan-gbk.txt', ...DATES, '--json', '-'], { cwd: dir });
    const utf8 = await runCli(['extract', path.join(PLANS_DIR, 'groups.txt'), ...DATES, '--json', '-'], {
      cwd: dir,
    });
    expect(gbk.code).toBe(0);
    const plans = (r: { stdout: string }) => (JSON.parse(r.stdout) as ExtractJson).plans;
    expect(plans(gbk)).toEqual(plans(utf8));
    expect(plans(gbk)[0].groups).toHaveLength(3);
  });

  describe('errors: one line on stderr, no stack', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0x81, 0x20, 0xff, 0xfe, 0x00]));
    writeFileSync(path.join(dir, 'blank.txt'), '\n  \n');
    writeFileSync(path.join(dir, 'prose.txt'), '这是一段没有编号的文字。');

    it.each([
      [['extract'], 2, '请指定工作方案文本文件，或用 - 从标准输入读取'],
      [['extract', 'a.txt', 'b.txt'], 2, '一次只能读取一个文件（收到：a.txt b.txt）'],
      [['extract', 'missing.txt'], 2, '找不到文件“missing.txt”，请检查文件名和所在文件夹'],
      [['extract', 'binary.txt'], 2, '无法识别“binary.txt”的文字编码，请另存为 UTF-8 或 GB18030 文本'],
      [['extract', 'blank.txt'], 2, '“blank.txt”中没有文字'],
      [['extract', 'prose.txt'], 3, '“prose.txt”中未找到编号的任务、实施阶段、工作组或评分项'],
      [['extract', 'prose.txt', '--as-of', '2026-13-01'], 2, '日期“2026-13-01”格式不对，应为 YYYY-MM-DD'],
      [
        ['extract', OUTLINE, '-o', 'no-such-dir/out.xlsx'],
        2,
        '无法写入“no-such-dir/out.xlsx”（ENOENT）：请检查文件夹是否存在、是否有写入权限，或文件是否正在 Excel 中打开',
      ],
    ])('%j → exit %i', async (argv, code, message) => {
      const result = await runCli(argv, { cwd: dir });
      expect([result.code, result.stderr]).toEqual([code, `${message}\n`]);
    });

    it('rejects an unknown option', async () => {
      const result = await runCli(['extract', OUTLINE, '--sheet', 'x'], { cwd: dir });
      expect(result.code).toBe(2);
      expect(result.stderr.split('\n')).toHaveLength(2);
    });
  });

  it('explains itself with --help', async () => {
    const result = await runCli(['extract', '--help']);
    expect([result.code, result.stdout.split('\n')[0]]).toEqual([
      0,
      '用法：respmatrix extract <方案.txt|-> [-o 任务分解表.xlsx] [--json -|文件] [--plan-year 年份] [--as-of YYYY-MM-DD]',
    ]);
  });
});

describeIfExists(SEED)('respmatrix extract on the seed', () => {
  it('writes one sheet per plan, named 篇1…篇14', async () => {
    const dir = tempDir();
    const result = await runCli(['extract', SEED, ...DATES, '--plan-year', '2026', '-o', 'seed.xlsx'], {
      cwd: dir,
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      '共 14 篇：任务 63 项 · 阶段 10 个 · 工作组 9 个 · 评分项 20 项 · 待填 70 处 · 已修复乱码 28 行',
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(dir, 'seed.xlsx'));
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(
      Array.from({ length: 14 }, (_, i) => `篇${i + 1}`),
    );
  });
});
