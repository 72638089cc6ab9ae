/** The `respmatrix.track/1` JSON document: the reader's result as other tools consume it. */
import type { SheetReading } from './read/read-sheet';
import type { Task, Warning } from './model';
import { countTasks, unitStats, type StatusCounts, type UnitStats } from './summary';

export const TRACK_SCHEMA = 'respmatrix.track/1';

export interface TrackJson {
  schema: typeof TRACK_SCHEMA;
  sheet: string;
  asOf: string;
  planYear: number;
  tasks: TrackJsonTask[];
  counts: StatusCounts;
  units: UnitStats[];
  warnings: (Warning & { message: string })[];
}

export type TrackJsonTask = Pick<
  Task,
  | 'row'
  | 'id'
  | 'section'
  | 'title'
  | 'detail'
  | 'leadUnits'
  | 'responsibleUnits'
  | 'persons'
  | 'status'
  | 'points'
  | 'score'
  | 'unscored'
  | 'progress'
  | 'completion'
> & { deadline: Pick<Task['deadline'], 'text' | 'kind' | 'due' | 'start' | 'milestones'> };

export function trackJson(reading: SheetReading, asOf: string, message: (w: Warning) => string): TrackJson {
  return {
    schema: TRACK_SCHEMA,
    sheet: reading.sheet,
    asOf,
    planYear: reading.planYear,
    tasks: reading.tasks.map((t) => ({
      row: t.row,
      id: t.id,
      section: t.section,
      title: t.title,
      detail: t.detail,
      leadUnits: t.leadUnits,
      responsibleUnits: t.responsibleUnits,
      persons: t.persons,
      deadline: {
        text: t.deadline.text,
        kind: t.deadline.kind,
        due: t.deadline.due,
        start: t.deadline.start,
        milestones: t.deadline.milestones,
      },
      status: t.status,
      points: t.points,
      score: t.score,
      unscored: t.unscored,
      progress: t.progress,
      completion: t.completion,
    })),
    counts: countTasks(reading.tasks),
    units: unitStats(reading.tasks),
    warnings: reading.warnings.map((w) => ({ ...w, message: message(w) })),
  };
}
