/**
 * `respmatrix consolidate <tracked.xlsx> <returned.xlsx…> -o merged.xlsx`: merges the units'
 * returned sheets into the tracker by task key, regenerates the tracked sheets and adds a 合并记录
 * sheet. A file that cannot be opened is logged, not fatal; a file that does not exist is.
 */
import { t, type Lang, type MessageKey } from '../../i18n';
import { fileErrorKey, isFileError } from '../../io/files/errors';
import { writeFileAtomic } from '../../io/files/atomic-write';
import { consolidateReturns, type ReturnedWorkbook } from '../../io/xlsx/consolidate';
import { CliError, EXIT, type Command } from '../io';
import { loadInput } from '../load-input';
import { dateOption, parseCommandArgs, todayIso } from '../options';
import { droppedNote, outputPath, planFailure } from '../tracked-input';

const CONSOLIDATE_OPTIONS = {
  'as-of': { type: 'string' },
  output: { type: 'string', short: 'o' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** A return that exists but is refused (not a workbook, corrupt…) is logged; a missing one stops the run. */
async function openReturn(lang: Lang, file: string, cwd: string): Promise<ReturnedWorkbook> {
  try {
    return { file, workbook: (await loadInput(file, cwd)).workbook };
  } catch (err) {
    if (!isFileError(err) || err.code === 'not_found') throw err;
    return { file, workbook: null, error: t(lang, fileErrorKey(err.code), err.params) };
  }
}

export const consolidateCommand: Command = async ({ args, io, lang }) => {
  const { values, positionals } = parseCommandArgs(args, CONSOLIDATE_OPTIONS);
  if (values.help) {
    io.stdout(t(lang, 'consolidateCmd.usage') + '\n');
    return EXIT.ok;
  }
  const [masterFile, ...returnFiles] = positionals;
  const asOf = dateOption(values['as-of'], todayIso());
  const master = await loadInput(masterFile, io.cwd, 'rewrite');
  if (returnFiles.length === 0) throw new CliError(EXIT.badInput, 'consolidateCmd.needReturns');
  if (values.output === undefined) throw new CliError(EXIT.badInput, 'consolidateCmd.needOutput');
  const target = outputPath(values.output, io.cwd, master.path);
  const returns: ReturnedWorkbook[] = [];
  for (const file of returnFiles) returns.push(await openReturn(lang, file, io.cwd));

  const outcome = consolidateReturns(master.workbook, returns, { asOf, lang });
  if (!outcome.ok) {
    if (outcome.reason === 'not_tracked')
      throw new CliError(EXIT.badInput, 'consolidateCmd.notTracked', { file: masterFile });
    throw planFailure(outcome);
  }
  io.stdout(droppedNote(lang, master.dropped));
  await writeFileAtomic(target, new Uint8Array(await master.workbook.xlsx.writeBuffer()));
  const { result } = outcome;
  io.stdout(t(lang, 'merge.summary', { ...result.counts }) + '\n');
  for (const entry of result.log.filter((e) => e.kind === 'conflict')) {
    io.stdout(
      t(lang, 'consolidateCmd.conflictLine', {
        file: entry.file,
        title: entry.title ?? '',
        field: entry.field ? t(lang, `col.${entry.field}` as MessageKey) : '',
      }) + '\n',
    );
  }
  io.stdout(t(lang, 'consolidateCmd.written', { file: values.output, sheet: outcome.logSheet }) + '\n');
  return EXIT.ok;
};
