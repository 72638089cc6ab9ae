/**
 * A tracked task seen as a Task: what the tracker now says (typed completion, date done, progress,
 * points and score, and the status they give) overrides the source's reading, so every counter and
 * view that takes Tasks counts what the office sees.
 */
import type { Task } from '../model';
import type { SpecValue } from '../sheets/spec';
import type { TrackedTask } from './refresh';

function text(value: SpecValue): string | null {
  if (value === null || value === '') return null;
  if (typeof value === 'object') return 'date' in value ? value.date : null;
  return String(value);
}

export function trackedAsTask(tracked: TrackedTask): Task {
  const { values } = tracked;
  const doneDate = values.doneDate;
  return {
    ...tracked.task,
    status: tracked.status,
    done: tracked.done,
    points: tracked.points,
    score: tracked.score,
    unscored: tracked.unscored,
    progress: text(values.progress),
    completion: text(values.completion),
    doneDate: doneDate !== null && typeof doneDate === 'object' && 'date' in doneDate ? doneDate.date : null,
    remark: text(values.remark),
  };
}

export function trackedAsTasks(tasks: readonly TrackedTask[]): Task[] {
  return tasks.map(trackedAsTask);
}
