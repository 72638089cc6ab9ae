/**
 * The Dashboard's figures: counts by status, completion by unit, the overdue list with where each
 * item is in the workbook. From the tracker once it is built (its typed entries count), else from
 * the source as read.
 */
import { daysBetween, type IsoDate } from '../../core/dates';
import type { Task } from '../../core/model';
import type { SheetReading } from '../../core/read/read-sheet';
import { countTasks, unitStats, type StatusCounts } from '../../core/summary';
import type { TrackModel } from '../../core/track/refresh';
import { TRACKER_FIRST_DATA_ROW, trackerLetter } from '../../core/track/tracker-columns';

export interface UnitBar {
  name: string;
  total: number;
  done: number;
  overdue: number;
}

export interface OverdueItem {
  title: string;
  lead: string;
  due: IsoDate;
  daysLate: number;
  /** Where the task is: its tracker row, or its source cell before a build. */
  sheet: string;
  address: string;
}

export interface Dashboard {
  source: 'reading' | 'tracker';
  asOf: IsoDate;
  counts: StatusCounts;
  /** Every unit, most tasks first. */
  units: UnitBar[];
  /** Longest overdue first. */
  overdue: OverdueItem[];
}

interface Located {
  task: Task;
  sheet: string;
  address: string;
}

function build(source: Dashboard['source'], asOf: IsoDate, located: Located[]): Dashboard {
  const tasks = located.map((l) => l.task);
  const units = unitStats(tasks)
    .map((u) => ({ name: u.name, total: u.total, done: u.done, overdue: u.overdue }))
    .sort((a, b) => b.total - a.total || b.overdue - a.overdue);
  const overdue = located
    .filter((l) => l.task.status === 'overdue' && l.task.deadline.due)
    .map(({ task, sheet, address }) => {
      const due = task.deadline.due as IsoDate;
      return {
        title: task.title,
        lead: task.leadUnits.join('、'),
        due,
        daysLate: daysBetween(due, asOf),
        sheet,
        address,
      };
    })
    .sort((a, b) => b.daysLate - a.daysLate);
  return { source, asOf, counts: countTasks(tasks), units, overdue };
}

export function dashboardFromReading(reading: SheetReading, asOf: IsoDate): Dashboard {
  return build(
    'reading',
    asOf,
    reading.tasks.map((task) => ({ task, sheet: reading.sheet, address: task.cells.task ?? `A${task.row}` })),
  );
}

/** Statuses as the tracker has them: typed completions and dates count. */
export function dashboardFromModel(model: TrackModel, trackerName: string): Dashboard {
  const last = trackerLetter('remark');
  return build(
    'tracker',
    model.asOf,
    model.tasks.map((tracked, i) => {
      const row = TRACKER_FIRST_DATA_ROW + i;
      return {
        task: { ...tracked.task, status: tracked.status, done: tracked.done, unscored: tracked.unscored },
        sheet: trackerName,
        address: `A${row}:${last}${row}`,
      };
    }),
  );
}
