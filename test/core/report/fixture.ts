/** A monthly report written by hand, shaped like the bulletins the narrative imitates. */
import type { MonthlyReport, ReportTask } from '../../../src/core/report/report-model';
import { emptyCounts } from '../../../src/core/summary';

export function task(title: string, lead: string, key = title): ReportTask {
  return { key, id: null, title, lead: [lead], responsible: [], persons: [], deadline: '' };
}

export function bulletin(overrides: Partial<MonthlyReport> = {}): MonthlyReport {
  return {
    title: '2026年重点工作',
    month: '2026-11',
    asOf: '2026-11-30',
    hasScoring: true,
    counts: {
      ...emptyCounts(),
      total: 12,
      done: 2,
      on_track: 5,
      due_soon: 1,
      ongoing: 1,
      overdue: 3,
      unscored: 1,
    },
    previous: {
      month: '2026-10',
      asOf: '2026-10-31',
      counts: { ...emptyCounts(), total: 12, done: 1, on_track: 5, due_soon: 1, ongoing: 1, overdue: 4 },
    },
    units: [],
    overdue: [
      { ...task('预算绩效管理改革', '区财政局'), due: '2026-10-31', days: 30, note: null },
      { ...task('老旧小区改造', '区住建局'), due: '2026-11-10', days: 20, note: '完成85%' },
      { ...task('学位扩容', '区教育局'), due: '2026-11-20', days: 10, note: null },
    ],
    completed: [{ ...task('政务公开', '区政府办'), doneDate: '2026-11-12', due: '2026-11-30', note: null }],
    dueNext: [
      { ...task('道路提质', '区交通局'), due: '2026-12-15', daysLeft: 15, note: null },
      { ...task('健康体检', '区卫健委'), due: '2026-12-31', daysLeft: 31, note: null },
    ],
    missed: [],
    ...overrides,
  };
}
