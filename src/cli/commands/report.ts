/**
 * `respmatrix report <tracked.xlsx>`: the monthly report. Prints its narrative (or, with
 * `--format md`, the whole report as Markdown); `-o out.xlsx` writes a copy of the tracked workbook
 * with the 月报 sheet added or replaced and its snapshot kept for next month's comparison.
 */
import { planReport } from '../../core/report/plan-report';
import { reportMarkdown } from '../../core/report/markdown';
import { reportNarrative } from '../../core/report/narrative';
import type { MonthlyReport } from '../../core/report/report-model';
import { reportSubtitle, reportTitle } from '../../core/report/report-sheet';
import { planTrackedWorkbook } from '../../core/track/plan-workbook';
import { t, type Lang } from '../../i18n';
import { writeFileAtomic } from '../../io/files/atomic-write';
import { applyTrackPlan, workbookView } from '../../io/xlsx/tracked-workbook';
import { CliError, EXIT, type Command } from '../io';
import { loadInput } from '../load-input';
import { parseCommandArgs } from '../options';
import { droppedNote, outputPath, planFailure, reportPeriod } from '../tracked-input';

const REPORT_OPTIONS = {
  month: { type: 'string' },
  'as-of': { type: 'string' },
  format: { type: 'string' },
  output: { type: 'string', short: 'o' },
  help: { type: 'boolean', short: 'h' },
} as const;

const FORMATS = ['text', 'md'] as const;

function reportText(lang: Lang, report: MonthlyReport): string {
  return (
    [reportTitle(lang, report), reportSubtitle(lang, report), '', reportNarrative(lang, report)].join('\n') +
    '\n'
  );
}

export const reportCommand: Command = async ({ args, io, lang }) => {
  const { values, positionals } = parseCommandArgs(args, REPORT_OPTIONS);
  if (values.help) {
    io.stdout(t(lang, 'reportCmd.usage') + '\n');
    return EXIT.ok;
  }
  const format = values.format ?? 'text';
  if (!(FORMATS as readonly string[]).includes(format))
    throw new CliError(EXIT.badInput, 'reportCmd.badFormat', { value: format });
  const { month, asOf } = reportPeriod(values.month, values['as-of']);
  const input = await loadInput(positionals[0], io.cwd, values.output === undefined ? 'read' : 'rewrite');
  const target = values.output === undefined ? null : outputPath(values.output, io.cwd, input.path);
  const request = { asOf, lang, reportMonth: month };
  const plan = target
    ? applyTrackPlan(input.workbook, request)
    : planTrackedWorkbook(workbookView(input.workbook), request);
  if (!plan.ok) throw planFailure(plan);
  const report = planReport(plan, month);
  io.stdout(format === 'md' ? reportMarkdown(lang, report) : reportText(lang, report));
  if (target) {
    io.stdout(droppedNote(lang, input.dropped));
    await writeFileAtomic(target, new Uint8Array(await input.workbook.xlsx.writeBuffer()));
    io.stdout(t(lang, 'reportCmd.written', { file: values.output ?? '', sheet: plan.names.report }) + '\n');
  }
  return EXIT.ok;
};
