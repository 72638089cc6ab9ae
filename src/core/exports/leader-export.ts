/** The leaders' workbook: 月报, 单位汇总 and 逾期清单 — values only, each printable on pages one wide. */
import { overdueSheet } from '../report/overdue-sheet';
import type { MonthlyReport } from '../report/report-model';
import { reportSheet } from '../report/report-sheet';
import type { SheetSpec } from '../sheets/spec';
import { t, type Lang } from '../../i18n';
import { leaderUnitsSheet } from './leader-units-sheet';

export function leaderSheets(lang: Lang, report: MonthlyReport): SheetSpec[] {
  return [
    reportSheet(lang, report, t(lang, 'sheet.report')),
    leaderUnitsSheet(lang, report, t(lang, 'sheet.units')),
    overdueSheet(lang, report, t(lang, 'sheet.overdue')),
  ];
}
