import ExcelJS from 'exceljs';
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { UNIT_COLUMNS } from '../../src/core/exports/unit-columns';
import { runCli } from '../helpers/cli';
import { EXAMPLES } from '../helpers/paths';
import { tempDir } from '../helpers/workbooks';

const LEDGER = path.join(EXAMPLES, 'supervision-ledger-2026.xlsx');
const AS_OF = ['--as-of', '2026-11-30'];

/** track -o, then export --per-unit: the master and the folder of unit files. */
async function cycle(): Promise<{ dir: string; master: string; units: string }> {
  const dir = tempDir();
  const master = path.join(dir, 'master.xlsx');
  const units = path.join(dir, 'units');
  expect((await runCli(['track', LEDGER, ...AS_OF, '-o', master])).code).toBe(0);
  expect((await runCli(['export', master, '--per-unit', ...AS_OF, '-o', units])).code).toBe(0);
  return { dir, master, units };
}

async function fill(file: string, key: string, progress: string, completion: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const ws = workbook.getWorksheet('督办事项');
  ws?.eachRow((row) => {
    if (row.getCell(UNIT_COLUMNS.indexOf('key') + 1).value !== key) return;
    row.getCell(UNIT_COLUMNS.indexOf('progress') + 1).value = progress;
    row.getCell(UNIT_COLUMNS.indexOf('completion') + 1).value = completion;
  });
  await workbook.xlsx.writeFile(file);
}

describe('respmatrix consolidate', () => {
  it('merges the returns into a copy of the master and prints what happened', async () => {
    const { dir, master, units } = await cycle();
    const housing = path.join(units, '市住建局.xlsx');
    const water = path.join(units, '市水务局.xlsx');
    const junk = path.join(dir, 'junk.xlsx');
    await fill(housing, 'DB-1', '已全部完工', '已完成');
    await fill(water, 'DB-1', '管网已接通', '未完成');
    writeFileSync(junk, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]));
    const out = path.join(dir, 'merged.xlsx');
    const result = await runCli(['consolidate', master, housing, water, junk, ...AS_OF, '-o', out]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      '共3个文件：2个文件有更新，更新2处；冲突2处，未应用；1个文件未合并\n' +
        `  冲突：${housing}，完成城区雨污分流改造二期（完成情况）\n` +
        `  冲突：${water}，完成城区雨污分流改造二期（完成情况）\n` +
        `已合并并写入 ${out}（合并记录：合并记录 2026-11-30）\n`,
    );
    const merged = new ExcelJS.Workbook();
    await merged.xlsx.readFile(out);
    expect(merged.getWorksheet('跟踪台账')?.getCell('O4').value).toBe(
      '市住建局：已全部完工\n市水务局：管网已接通',
    );
    const log = merged.getWorksheet('合并记录 2026-11-30');
    expect([log?.getCell('A8').value, log?.getCell('D8').value]).toEqual([junk, '无法读取']);
    expect(log?.getCell('J8').value).toMatch(/^无法作为工作簿打开：/);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('stops with one line when a return does not exist', async () => {
    const { dir, master } = await cycle();
    const result = await runCli([
      'consolidate',
      master,
      'missing.xlsx',
      ...AS_OF,
      '-o',
      path.join(dir, 'm.xlsx'),
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('找不到文件“missing.xlsx”，请检查文件名和所在文件夹\n');
  });

  it.each([
    [[], '请指定要合并的单位报回文件'],
    [['returned.xlsx'], '请用 -o 指定合并后写出的工作簿文件'],
  ])('refuses %j with one line and exit 2', async (rest, message) => {
    const result = await runCli(['consolidate', LEDGER, ...rest]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(message + '\n');
  });

  it('prints its usage with --help', async () => {
    const result = await runCli(['consolidate', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^用法：respmatrix consolidate <跟踪工作簿.xlsx> <报回文件.xlsx…>/);
  });

  it('refuses a master that is not a tracked workbook', async () => {
    const { dir, units } = await cycle();
    const result = await runCli([
      'consolidate',
      LEDGER,
      path.join(units, '市住建局.xlsx'),
      '-o',
      path.join(dir, 'm.xlsx'),
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`“${LEDGER}”不是跟踪工作簿，请先用 track -o 生成跟踪工作簿\n`);
  });
});
