/** Counts by status and per-unit figures over a task list. */
import type { Status, Task } from './model';

export interface StatusCounts {
  total: number;
  done: number;
  overdue: number;
  due_soon: number;
  on_track: number;
  ongoing: number;
  no_deadline: number;
  unscored: number;
}

export function emptyCounts(): StatusCounts {
  return { total: 0, done: 0, overdue: 0, due_soon: 0, on_track: 0, ongoing: 0, no_deadline: 0, unscored: 0 };
}

function addTask(counts: StatusCounts, task: Task): void {
  counts.total++;
  counts[task.status satisfies Status]++;
  if (task.unscored) counts.unscored++;
}

export function countTasks(tasks: readonly Task[]): StatusCounts {
  const counts = emptyCounts();
  for (const task of tasks) addTask(counts, task);
  return counts;
}

export interface UnitStats extends StatusCounts {
  name: string;
  /** Tasks the unit leads. */
  lead: number;
  /** Tasks the unit takes part in without leading. */
  responsible: number;
  points: number;
  score: number;
}

/** One entry per unit, in order of first mention; counts cover every task the unit is on. */
export function unitStats(tasks: readonly Task[]): UnitStats[] {
  const byName = new Map<string, UnitStats>();
  const entry = (name: string): UnitStats => {
    let stats = byName.get(name);
    if (!stats) {
      stats = { name, lead: 0, responsible: 0, points: 0, score: 0, ...emptyCounts() };
      byName.set(name, stats);
    }
    return stats;
  };
  for (const task of tasks) {
    for (const name of task.leadUnits) entry(name).lead++;
    // A unit named both ways counts once, as lead — as the matrix shows it.
    for (const name of task.responsibleUnits) if (!task.leadUnits.includes(name)) entry(name).responsible++;
    for (const name of new Set([...task.leadUnits, ...task.responsibleUnits])) {
      const stats = entry(name);
      addTask(stats, task);
      stats.points += task.points ?? 0;
      stats.score += task.score ?? 0;
    }
  }
  return [...byName.values()];
}
