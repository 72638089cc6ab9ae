/**
 * `respmatrix track <file.xlsx>`: read the task table and print a summary; `--json` writes the
 * reading; `-o out.xlsx` writes the tracked workbook (a copy of the input plus generated sheets),
 * refreshing an earlier build's sheets without losing what was typed into them.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { SheetReading } from '../../core/read/read-sheet';
import { trackJson } from '../../core/track-json';
import type { RefreshReport } from '../../core/track/refresh';
import { t, type Lang } from '../../i18n';
import { warningMessage } from '../../i18n/warnings';
import { writeFileAtomic } from '../../io/files/atomic-write';
import { planTrackedWorkbook } from '../../core/track/plan-workbook';
import { trackedAsTasks } from '../../core/track/tracked-as-task';
import { workbookView } from '../../io/xlsx/tracked-workbook';
import { writeTrackPlan } from '../../io/xlsx/write-tracked';
import { parseColumnMap } from '../column-map-option';
import { CliError, EXIT, type CliIo, type Command } from '../io';
import { loadInput } from '../load-input';
import { dateOption, intOption, parseCommandArgs, rangeOption, todayIso } from '../options';
import { summaryText } from '../summary-text';

export const TRACK_OPTIONS = {
  sheet: { type: 'string' },
  'as-of': { type: 'string' },
  'plan-year': { type: 'string' },
  'due-soon-days': { type: 'string' },
  map: { type: 'string' },
  range: { type: 'string' },
  json: { type: 'string' },
  output: { type: 'string', short: 'o' },
  help: { type: 'boolean', short: 'h' },
} as const;

const MAX_LISTED = 10;

export const trackCommand: Command = async ({ args, io, lang }) => {
  const { values, positionals } = parseCommandArgs(args, TRACK_OPTIONS);
  if (values.help) {
    io.stdout(t(lang, 'track.usage') + '\n');
    return EXIT.ok;
  }
  const asOf = dateOption(values['as-of'], todayIso());
  const request = {
    asOf,
    lang,
    sheet: values.sheet,
    planYear: intOption(values['plan-year'], '--plan-year', { min: 1900, max: 2200 }),
    dueSoonDays: intOption(values['due-soon-days'], '--due-soon-days', { min: 0, max: 366 }),
    map: parseColumnMap(values.map),
    range: rangeOption(values.range),
  };
  const input = await loadInput(positionals[0], io.cwd, values.output === undefined ? 'read' : 'rewrite');
  const target = values.output === undefined ? null : path.resolve(io.cwd, values.output);
  if (target === input.path)
    throw new CliError(EXIT.badInput, 'track.outputIsInput', { file: values.output ?? '' });
  // Reading goes through the planner too, so a tracked workbook reads as its tracker says (typed
  // completion and scores), with the source sheet, map and plan year it was built with.
  const plan = planTrackedWorkbook(workbookView(input.workbook), request);
  if (!plan.ok) throw readFailure(plan.reason, plan.sheetsSearched, plan.unmapped, values.sheet);
  const reading: SheetReading = { ...plan.reading, tasks: trackedAsTasks(plan.model.tasks) };
  // With the JSON on stdout, nothing else goes there.
  const say = values.json === '-' ? () => undefined : (text: string) => io.stdout(text);
  say(summaryText(reading, asOf, lang));
  if (target !== null) {
    printRefresh(say, lang, plan.model.refresh);
    if (input.dropped.length > 0) {
      const parts = input.dropped.map((p) => t(lang, `part.${p}`)).join(lang === 'zh-CN' ? '、' : ', ');
      say(t(lang, 'track.droppedParts', { parts }) + '\n');
    }
    await writeFileAtomic(target, await writeTrackPlan(input.workbook, plan, new Date()), values.output);
    say(
      t(lang, 'track.written', {
        file: values.output ?? '',
        sheets: plan.specs
          .filter((s) => s.state !== 'veryHidden')
          .map((s) => s.name)
          .join('、'),
      }) + '\n',
    );
  }
  if (values.json !== undefined) await writeJson(io, lang, values.json, reading, asOf);
  return EXIT.ok;
};

function readFailure(
  reason: string,
  sheets: string[],
  unmapped: string[] | undefined,
  sheet: string | undefined,
): CliError {
  if (reason === 'sheet_not_found') {
    return new CliError(EXIT.badInput, 'cli.sheetNotFound', {
      sheet: sheet ?? '',
      sheets: sheets.join('、'),
    });
  }
  if (reason === 'unmapped')
    return new CliError(EXIT.badInput, 'cli.badMap', { value: (unmapped ?? []).join(',') });
  return new CliError(EXIT.noTable, 'cli.noTable', { sheets: sheets.join('、') });
}

async function writeJson(
  io: CliIo,
  lang: Lang,
  target: string,
  reading: SheetReading,
  asOf: string,
): Promise<void> {
  const text =
    JSON.stringify(
      trackJson(reading, asOf, (w) => warningMessage(lang, w)),
      null,
      2,
    ) + '\n';
  if (target === '-') {
    io.stdout(text);
    return;
  }
  await fs.writeFile(path.resolve(io.cwd, target), text, 'utf8');
  io.stdout(t(lang, 'track.jsonWritten', { file: target }) + '\n');
}

function printRefresh(say: (text: string) => void, lang: Lang, report: RefreshReport): void {
  if (
    report.kept === 0 &&
    report.restored.length === 0 &&
    report.archived.length === 0 &&
    report.dropped.length === 0
  )
    return;
  say(
    t(lang, 'track.refreshed', {
      kept: report.kept,
      added: report.added.length,
      archived: report.archived.length,
      restored: report.restored.length,
    }) + '\n',
  );
  for (const entry of report.archived.slice(0, MAX_LISTED))
    say(t(lang, 'track.archivedLine', { ...entry }) + '\n');
  for (const entry of report.dropped.slice(0, MAX_LISTED))
    say(t(lang, 'track.droppedLine', { ...entry }) + '\n');
}
