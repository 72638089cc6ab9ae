/**
 * The monthly report as plain data, drawn from the tracked model as of its date: totals by status,
 * the change since the previous report, the unit ranking and the task lists. The sheet, the Markdown
 * and the narrative are all built from this one object.
 */
import { occurrences } from '../cells/recurrence';
import { daysBetween, monthOf, type IsoDate } from '../dates';
import type { Person } from '../model';
import { countTasks, unitStats, type StatusCounts, type UnitStats } from '../summary';
import type { MonthNotes, TrackModel, TrackedTask } from '../track/refresh';
import { trackedAsTasks } from '../track/tracked-as-task';
import { firstDay, lastDay, nextMonth } from './months';
import { previousSnapshot, type ReportSnapshot } from './snapshot';
import { valueDate, valueText } from './value-text';

/** What every list in the report says about a task. */
export interface ReportTask {
  key: string;
  id: string | null;
  title: string;
  lead: readonly string[];
  responsible: readonly string[];
  persons: readonly Person[];
  deadline: string;
}

export interface OverdueItem extends ReportTask {
  due: IsoDate;
  days: number;
  /** The tracker's 进展情况, else the latest monthly note. */
  note: string | null;
}

export interface CompletedItem extends ReportTask {
  doneDate: IsoDate;
  due: IsoDate | null;
  note: string | null;
}

export interface DueItem extends ReportTask {
  due: IsoDate;
  daysLeft: number;
  note: string | null;
}

/** A recurring report whose date in the month has passed with no monthly note. */
export interface MissedItem extends ReportTask {
  date: IsoDate;
  days: number;
}

export interface UnitRank extends UnitStats {
  rank: number;
  /** done / total. */
  rate: number;
}

export interface MonthlyReport {
  title: string;
  month: string;
  asOf: IsoDate;
  hasScoring: boolean;
  counts: StatusCounts;
  previous: ReportSnapshot | null;
  units: UnitRank[];
  overdue: OverdueItem[];
  completed: CompletedItem[];
  dueNext: DueItem[];
  missed: MissedItem[];
}

export interface ReportInput {
  /** The source's title, e.g. 创建省级文明城市工作测评. */
  title: string;
  /** The month reported on (YYYY-MM); the figures are as of the model's date. */
  month: string;
  /** Meta entries holding earlier reports' snapshots. */
  snapshots: ReadonlyMap<string, string>;
}

export function monthlyReport(model: TrackModel, input: ReportInput): MonthlyReport {
  const { asOf } = model;
  const tasks = trackedAsTasks(model.tasks);
  const next = nextMonth(input.month);
  const overdue: OverdueItem[] = [];
  const completed: CompletedItem[] = [];
  const dueNext: DueItem[] = [];
  const missed: MissedItem[] = [];
  for (const tracked of model.tasks) {
    const base = reportTask(tracked);
    const note = latestNote(tracked, model.notes);
    const due = tracked.task.deadline.kind === 'ongoing' ? null : tracked.task.deadline.due;
    if (tracked.status === 'overdue' && due)
      overdue.push({ ...base, due, days: daysBetween(due, asOf), note });
    const doneDate = tracked.done ? valueDate(tracked.values.doneDate) : null;
    if (doneDate && monthOf(doneDate) === input.month) completed.push({ ...base, doneDate, due, note });
    if (!tracked.done && due && monthOf(due) === next)
      dueNext.push({ ...base, due, daysLeft: daysBetween(asOf, due), note });
    missed.push(...missedReports(tracked, base, input.month, asOf, model.notes));
  }
  overdue.sort((a, b) => b.days - a.days);
  completed.sort((a, b) => (a.doneDate < b.doneDate ? -1 : a.doneDate > b.doneDate ? 1 : 0));
  dueNext.sort((a, b) => a.daysLeft - b.daysLeft);
  return {
    title: input.title,
    month: input.month,
    asOf,
    hasScoring: model.hasScoring,
    counts: countTasks(tasks),
    previous: previousSnapshot(input.snapshots, input.month),
    units: rankUnits(unitStats(tasks)),
    overdue,
    completed,
    dueNext,
    missed,
  };
}

function reportTask(tracked: TrackedTask): ReportTask {
  const { task } = tracked;
  return {
    key: tracked.key,
    id: task.id,
    title: task.title,
    lead: task.leadUnits,
    responsible: task.responsibleUnits,
    persons: task.persons,
    deadline: task.deadline.text,
  };
}

function latestNote(tracked: TrackedTask, notes: MonthNotes): string | null {
  const progress = valueText(tracked.values.progress);
  if (progress) return progress;
  const byMonth = notes.get(tracked.key);
  if (!byMonth || byMonth.size === 0) return null;
  const latest = [...byMonth.keys()].sort().pop() as string;
  return byMonth.get(latest) ?? null;
}

/** As the months sheet marks them: an occurrence in the month, before the as-of date, with no note that month. */
function missedReports(
  tracked: TrackedTask,
  base: ReportTask,
  month: string,
  asOf: IsoDate,
  notes: MonthNotes,
): MissedItem[] {
  const { deadline } = tracked.task;
  if (deadline.kind !== 'recurring' || !deadline.recurrence) return [];
  if (notes.get(tracked.key)?.get(month)) return [];
  return occurrences(deadline.recurrence, firstDay(month), lastDay(month))
    .filter((date) => date < asOf)
    .map((date) => ({ ...base, date, days: daysBetween(date, asOf) }));
}

/** Best completion rate first, then fewest overdue; equal on both shares a rank (1, 2, 2, 4). */
export function rankUnits(stats: readonly UnitStats[]): UnitRank[] {
  const rated = stats.map((s, order) => ({ stats: s, rate: s.total ? s.done / s.total : 0, order }));
  rated.sort(
    (a, b) =>
      b.rate - a.rate ||
      a.stats.overdue - b.stats.overdue ||
      b.stats.total - a.stats.total ||
      a.order - b.order,
  );
  let rank = 0;
  return rated.map((u, i) => {
    const before = rated[i - 1];
    if (!before || before.rate !== u.rate || before.stats.overdue !== u.stats.overdue) rank = i + 1;
    return { ...u.stats, rank, rate: u.rate };
  });
}
