/** A tracked task seen as a Task, so the summary counters apply to what the tracker now says. */
import type { Task } from '../model';
import type { TrackedTask } from '../track/refresh';

/**
 * Typed entries (完成情况, 分值, 得分) override the source reading; a unit listed both as lead and
 * as responsible counts once, as lead, which is what the matrix shows.
 */
export function trackedAsTask(tracked: TrackedTask): Task {
  const leadUnits = [...new Set(tracked.task.leadUnits)];
  const responsibleUnits = [...new Set(tracked.task.responsibleUnits.filter((u) => !leadUnits.includes(u)))];
  return {
    ...tracked.task,
    leadUnits,
    responsibleUnits,
    status: tracked.status,
    done: tracked.done,
    points: tracked.points,
    score: tracked.score,
    unscored: tracked.unscored,
  };
}
