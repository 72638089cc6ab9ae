/** The 月报 view of a tracked build: the report sheet, and its snapshot kept in the meta sheet. */
import type { ViewBuilder } from '../track/views';
import { monthlyReport } from './report-model';
import { reportSheet } from './report-sheet';
import { encodeSnapshot } from './snapshot';

export const reportView: ViewBuilder = (lang, model, names, { report: context }) => {
  if (!context) return [];
  const report = monthlyReport(model, {
    title: context.title,
    month: context.month,
    snapshots: context.metaEntries,
  });
  context.record(...encodeSnapshot({ month: report.month, asOf: report.asOf, counts: report.counts }));
  return [reportSheet(lang, report, names.report)];
};
