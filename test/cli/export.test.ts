import ExcelJS from 'exceljs';
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCli } from '../helpers/cli';
import { EXAMPLES } from '../helpers/paths';
import { tempDir } from '../helpers/workbooks';

const LEDGER = path.join(EXAMPLES, 'supervision-ledger-2026.xlsx');

describe('respmatrix export', () => {
  it('--leader writes the leaders’ workbook', async () => {
    const out = path.join(tempDir(), 'leader.xlsx');
    const result = await runCli(['export', LEDGER, '--leader', '--as-of', '2026-11-30', '-o', out]);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(`已生成领导版：${out}（工作表：月报、单位汇总、逾期清单）\n`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    expect(workbook.getWorksheet('逾期清单')?.getCell('B4').value).toBe('完成城区雨污分流改造二期');
  });

  it('--per-unit writes one workbook per unit into the folder, creating it', async () => {
    const dir = path.join(tempDir(), 'units');
    const result = await runCli(['export', LEDGER, '--per-unit', '--as-of', '2026-11-30', '-o', dir]);
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe(`已为 12 个单位生成督办表，保存在 ${dir}：`);
    expect(result.stdout).toContain('  各区政府：各区政府.xlsx（2项）');
    const files = readdirSync(dir);
    expect(files).toHaveLength(12);
    expect(files.every((f) => f.endsWith('.xlsx'))).toBe(true);
  });

  it.each([
    [['-o', 'x.xlsx'], '请指定 --leader（领导版）或 --per-unit（各单位督办表）之一'],
    [
      ['--leader', '--per-unit', '-o', 'x.xlsx'],
      '请指定 --leader（领导版）或 --per-unit（各单位督办表）之一',
    ],
    [['--leader'], '请用 -o 指定输出的工作簿文件'],
    [['--per-unit'], '请用 -o 指定输出文件夹'],
    [['--leader', '--month', '11', '-o', 'x.xlsx'], '月份“11”格式不对'],
  ])('refuses %j with one line and exit 2', async (options, message) => {
    const result = await runCli(['export', LEDGER, ...options]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('prints its usage with --help, in English with --lang en', async () => {
    const result = await runCli(['export', '-h', '--lang', 'en']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage: respmatrix export <tracked.xlsx> --leader -o leader.xlsx/);
  });

  it('refuses a file where the folder should be', async () => {
    const file = path.join(tempDir(), 'taken');
    writeFileSync(file, 'x');
    const result = await runCli(['export', LEDGER, '--per-unit', '-o', file]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`“${file}”已存在且不是文件夹\n`);
  });
});
