/** TrackModels made by hand, for testing the views without reading a sheet. */
import type { Deadline, Person, Status, Task } from '../../src/core/model';
import type { TrackModel, TrackedTask } from '../../src/core/track/refresh';
import { emptyValues } from '../../src/core/track/tracker-entries';

export interface TaskShape {
  title?: string;
  section?: string | null;
  lead?: string[];
  resp?: string[];
  persons?: Person[];
  status?: Status;
  points?: number | null;
  score?: number | null;
}

const NO_DEADLINE: Deadline = { text: '', kind: 'none', due: null, start: null, milestones: [] };

export function trackedTask(shape: TaskShape, i: number): TrackedTask {
  const status = shape.status ?? 'on_track';
  const points = shape.points ?? null;
  const score = shape.score ?? null;
  const task: Task = {
    row: i + 3,
    id: String(i + 1),
    section: shape.section ?? null,
    title: shape.title ?? `任务${i + 1}`,
    detail: null,
    leadUnits: shape.lead ?? [],
    responsibleUnits: shape.resp ?? [],
    persons: shape.persons ?? [],
    deadline: NO_DEADLINE,
    status,
    done: status === 'done',
    points,
    score,
    unscored: false,
    progress: null,
    completion: null,
    doneDate: null,
    remark: null,
    cells: {},
  };
  const values = emptyValues();
  values.points = points;
  values.score = score;
  return {
    key: `k${i + 1}`,
    task,
    values,
    done: status === 'done',
    status,
    points,
    score,
    unscored: points !== null && score === null && (status === 'done' || status === 'overdue'),
  };
}

export function trackModel(shapes: TaskShape[], asOf = '2026-11-30'): TrackModel {
  return {
    sheet: '分解表',
    asOf,
    planYear: 2026,
    dueSoonDays: 7,
    hasScoring: shapes.some((s) => s.points != null || s.score != null),
    tasks: shapes.map(trackedTask),
    archive: [],
    notes: new Map(),
    refresh: { kept: 0, added: [], archived: [], restored: [], dropped: [] },
  };
}
