/**
 * The paragraph a bureau office pastes into its Word bulletin, built from the report's figures in
 * the register these bulletins use: 截至…，N项重点任务中已完成M项，占x%；…逾期K项，涉及…。
 */
import { t, type Lang, type MessageKey } from '../../i18n';
import { longDate, monthName, percentText, share } from './format';
import { monthParts, nextMonth } from './months';
import type { MonthlyReport } from './report-model';
import { overdueLeads } from './report-tables';

/** Units named before the list is cut short with 等N个单位. */
const MAX_UNITS_NAMED = 5;

export function reportNarrative(lang: Lang, report: MonthlyReport): string {
  const tr = (key: MessageKey, params?: Record<string, string | number>) => t(lang, key, params);
  const { counts } = report;
  const date = longDate(lang, report.asOf);
  if (counts.total === 0) return tr('narr.empty', { date });

  const clause = tr('narr.clauseSep');
  const comma = tr('narr.sep');
  const end = tr('narr.end');
  const sentences: string[] = [];

  const others = (['on_track', 'due_soon', 'ongoing', 'no_deadline'] as const)
    .filter((s) => counts[s] > 0)
    .map((s) => tr(`narr.${s}`, { n: counts[s] }));
  const overdue =
    counts.overdue > 0
      ? tr('narr.overdue', {
          n: counts.overdue,
          share: percentText(share(counts.overdue, counts.total)),
          units: unitList(lang, overdueLeads(report)),
        })
      : tr('narr.noOverdue');
  const opening = tr('narr.opening', {
    date,
    total: counts.total,
    done: counts.done,
    share: percentText(share(counts.done, counts.total)),
  });
  sentences.push([opening, ...(others.length ? [others.join(comma)] : []), overdue].join(clause) + end);

  if (report.previous) {
    const before = report.previous.counts;
    sentences.push(
      tr('narr.change', {
        date: longDate(lang, report.previous.asOf),
        done: changeText(lang, counts.done - before.done),
        overdue: changeText(lang, counts.overdue - before.overdue),
      }) + end,
    );
  }

  const activity: string[] = [];
  if (report.completed.length > 0) activity.push(tr('narr.completed', { n: report.completed.length }));
  if (report.dueNext.length > 0) {
    const month = monthName(lang, nextMonth(report.month), monthParts(report.month).year);
    activity.push(tr('narr.dueNext', { n: report.dueNext.length, month }));
  }
  if (report.missed.length > 0) activity.push(tr('narr.missed', { n: report.missed.length }));
  if (activity.length > 0) sentences.push(activity.join(comma) + end);

  if (report.hasScoring && counts.unscored > 0)
    sentences.push(tr('narr.unscored', { n: counts.unscored }) + end);
  return sentences.join(tr('narr.join'));
}

function changeText(lang: Lang, delta: number): string {
  if (delta > 0) return t(lang, 'narr.up', { n: delta });
  if (delta < 0) return t(lang, 'narr.down', { n: -delta });
  return t(lang, 'narr.same');
}

function unitList(lang: Lang, units: readonly string[]): string {
  const list = units.slice(0, MAX_UNITS_NAMED).join(t(lang, 'narr.listSep'));
  return units.length > MAX_UNITS_NAMED ? t(lang, 'narr.unitsMore', { list, n: units.length }) : list;
}
