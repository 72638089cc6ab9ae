/** A task's status as of a date. */
import { addDays, type IsoDate } from './dates';
import type { Deadline, Status } from './model';

export const DEFAULT_DUE_SOON_DAYS = 7;

/**
 * done wins; then ongoing and no deadline; then by the due date: before the as-of date is overdue,
 * within the next `dueSoonDays` days (the as-of date included) is due soon, later is on track.
 */
export function statusOf(
  deadline: Deadline,
  done: boolean,
  asOf: IsoDate,
  dueSoonDays = DEFAULT_DUE_SOON_DAYS,
): Status {
  if (done) return 'done';
  if (deadline.kind === 'ongoing') return 'ongoing';
  if (deadline.due === null) return 'no_deadline';
  if (deadline.due < asOf) return 'overdue';
  if (deadline.due <= addDays(asOf, dueSoonDays)) return 'due_soon';
  return 'on_track';
}
