/** What report, export and consolidate share: the period they cover and the one-line failures of a plan. */
import path from 'node:path';
import { monthOf, type IsoDate } from '../core/dates';
import { lastDay } from '../core/report/months';
import { isMonth } from '../core/report/snapshot';
import type { TrackPlan } from '../core/track/plan-workbook';
import { t, type Lang } from '../i18n';
import type { DroppedPart } from '../io/files/part-kinds';
import { CliError, EXIT } from './io';
import { dateOption, todayIso } from './options';

/**
 * `--month` and `--as-of`: the month defaults to the as-of date's; with only a month, the figures
 * are as of that month's last day, or today while the month is still running.
 */
export function reportPeriod(
  month: string | undefined,
  asOf: string | undefined,
  today: IsoDate = todayIso(),
): { month: string; asOf: IsoDate } {
  if (month !== undefined && !isMonth(month))
    throw new CliError(EXIT.badInput, 'reportCmd.badMonth', { value: month });
  const end = month === undefined ? today : lastDay(month) < today ? lastDay(month) : today;
  const date = dateOption(asOf, end);
  return { month: month ?? monthOf(date), asOf: date };
}

/** The output path, refused when it is the input itself. */
export function outputPath(output: string, cwd: string, inputPath: string): string {
  const target = path.resolve(cwd, output);
  if (target === inputPath) throw new CliError(EXIT.badInput, 'track.outputIsInput', { file: output });
  return target;
}

/** These commands name no sheet: the plan fails for a saved column map that no longer fits, or for no table. */
export function planFailure(plan: Extract<TrackPlan, { ok: false }>): CliError {
  if (plan.reason === 'unmapped')
    return new CliError(EXIT.badInput, 'cli.badMap', { value: (plan.unmapped ?? []).join(',') });
  return new CliError(EXIT.noTable, 'cli.noTable', { sheets: plan.sheetsSearched.join('、') });
}

/** The line warning that a rewrite loses parts of the input exceljs cannot keep; empty when none. */
export function droppedNote(lang: Lang, dropped: readonly DroppedPart[]): string {
  if (dropped.length === 0) return '';
  const parts = dropped.map((p) => t(lang, `part.${p}`)).join(lang === 'zh-CN' ? '、' : ', ');
  return t(lang, 'track.droppedParts', { parts }) + '\n';
}
