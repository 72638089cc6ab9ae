/** Per-unit figures of the tracked workbook: counts, completion rate, points and score sums, rank. */
import { unitStats, type UnitStats } from '../summary';
import type { TrackedTask } from '../track/refresh';
import { trackedAsTask } from '../track/tracked-as-task';

export interface UnitFigures extends UnitStats {
  /** Done ÷ every task the unit is on (led or participating). */
  completionRate: number;
  /** 1 is best: the highest completion rate, then the fewest overdue; ties share a rank. */
  rank: number;
}

/**
 * Units in matrix order: the units that lead come first, most tasks led first, so the heavy
 * owners sit at the left of the matrix; then the units that only take part. Ties keep the
 * order of first mention, which keeps columns stable from one refresh to the next.
 */
export function unitFigures(tasks: readonly TrackedTask[]): UnitFigures[] {
  const stats = unitStats(tasks.map(trackedAsTask));
  const leads = stats.filter((s) => s.lead > 0).sort((a, b) => b.lead - a.lead);
  const others = stats.filter((s) => s.lead === 0);
  const ordered = [...leads, ...others].map((s): UnitFigures => ({
    ...s,
    completionRate: s.done / s.total,
    rank: 0,
  }));
  const byMerit = [...ordered].sort(compareMerit);
  byMerit.forEach((unit, i) => {
    const previous = byMerit[i - 1];
    unit.rank = previous && compareMerit(previous, unit) === 0 ? previous.rank : i + 1;
  });
  return ordered;
}

function compareMerit(a: UnitFigures, b: UnitFigures): number {
  return b.completionRate - a.completionRate || a.overdue - b.overdue;
}
