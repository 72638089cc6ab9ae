/**
 * `respmatrix export <tracked.xlsx> --leader -o leader.xlsx`: the leaders' workbook (月报, 单位汇总,
 * 逾期清单, values only, print-ready). `--per-unit -o DIR`: one supervision workbook per unit.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { t } from '../../i18n';
import { writeFileAtomic } from '../../io/files/atomic-write';
import { leaderWorkbook } from '../../io/xlsx/leader-export';
import { unitWorkbooks } from '../../io/xlsx/unit-exports';
import { CliError, EXIT, type Command } from '../io';
import { loadInput } from '../load-input';
import { parseCommandArgs } from '../options';
import { outputPath, planFailure, reportPeriod } from '../tracked-input';

const EXPORT_OPTIONS = {
  leader: { type: 'boolean' },
  'per-unit': { type: 'boolean' },
  month: { type: 'string' },
  'as-of': { type: 'string' },
  output: { type: 'string', short: 'o' },
  help: { type: 'boolean', short: 'h' },
} as const;

export const exportCommand: Command = async ({ args, io, lang }) => {
  const { values, positionals } = parseCommandArgs(args, EXPORT_OPTIONS);
  if (values.help) {
    io.stdout(t(lang, 'exportCmd.usage') + '\n');
    return EXIT.ok;
  }
  const leader = values.leader === true;
  if (leader === (values['per-unit'] === true)) throw new CliError(EXIT.badInput, 'exportCmd.needMode');
  if (values.output === undefined)
    throw new CliError(EXIT.badInput, leader ? 'exportCmd.needOutputFile' : 'exportCmd.needOutputDir');
  const { month, asOf } = reportPeriod(values.month, values['as-of']);
  const input = await loadInput(positionals[0], io.cwd);
  const target = outputPath(values.output, io.cwd, input.path);
  const request = { asOf, lang, reportMonth: month };

  if (leader) {
    const result = leaderWorkbook(input.workbook, request);
    if (!result.ok) throw planFailure(result);
    await writeFileAtomic(target, new Uint8Array(await result.workbook.xlsx.writeBuffer()));
    const sheets = result.workbook.worksheets.map((ws) => ws.name).join('、');
    io.stdout(t(lang, 'exportCmd.leaderWritten', { file: values.output, sheets }) + '\n');
    return EXIT.ok;
  }

  const stat = await fs.stat(target).catch(() => null);
  if (stat && !stat.isDirectory())
    throw new CliError(EXIT.badInput, 'exportCmd.notDir', { dir: values.output });
  const result = unitWorkbooks(input.workbook, request);
  if (!result.ok) throw planFailure(result);
  await fs.mkdir(target, { recursive: true });
  io.stdout(t(lang, 'exportCmd.unitsWritten', { count: result.files.length, dir: values.output }) + '\n');
  for (const file of result.files) {
    await writeFileAtomic(
      path.join(target, file.fileName),
      new Uint8Array(await file.workbook.xlsx.writeBuffer()),
    );
    io.stdout(
      t(lang, 'exportCmd.unitLine', { unit: file.unit, file: file.fileName, tasks: file.tasks }) + '\n',
    );
  }
  return EXIT.ok;
};
