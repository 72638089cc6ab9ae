/** The short human summary `track` prints: counts by status, the overdue tasks, the first warnings. */
import { daysBetween } from '../core/dates';
import type { SheetReading } from '../core/read/read-sheet';
import { countTasks } from '../core/summary';
import { t, type Lang } from '../i18n';
import { warningLine } from '../i18n/warnings';

const MAX_WARNINGS_SHOWN = 10;

export function summaryText(reading: SheetReading, asOf: string, lang: Lang): string {
  const counts = countTasks(reading.tasks);
  const lines = [
    t(lang, 'track.heading', { sheet: reading.sheet, total: counts.total, asOf, planYear: reading.planYear }),
    t(lang, 'track.counts', { ...counts }),
  ];
  const overdue = reading.tasks.filter((task) => task.status === 'overdue');
  if (overdue.length > 0) {
    lines.push(t(lang, 'track.overdueHeading'));
    for (const task of overdue) {
      lines.push(
        t(lang, 'track.overdueLine', {
          row: task.row,
          title: task.title,
          lead: task.leadUnits.join('、') || t(lang, 'track.noLead'),
          due: task.deadline.due ?? '',
          days: task.deadline.due ? daysBetween(task.deadline.due, asOf) : 0,
        }),
      );
    }
  }
  if (reading.warnings.length > 0) {
    lines.push(t(lang, 'track.warningsHeading', { count: reading.warnings.length }));
    for (const w of reading.warnings.slice(0, MAX_WARNINGS_SHOWN)) lines.push('  ' + warningLine(lang, w));
    if (reading.warnings.length > MAX_WARNINGS_SHOWN) {
      lines.push(t(lang, 'track.moreWarnings', { count: reading.warnings.length - MAX_WARNINGS_SHOWN }));
    }
  }
  return lines.join('\n') + '\n';
}
