/**
 * Building the tracked model from the source reading and, on a refresh, the earlier tracker:
 * every typed value stays on its task; a task gone from the source keeps its entries in the
 * archive (已移除); a task that comes back is restored from there.
 */
import type { IsoDate } from '../dates';
import type { Status, Task } from '../model';
import type { SheetReading } from '../read/read-sheet';
import type { SpecValue } from '../sheets/spec';
import { statusOf } from '../status';
import { trackerDone } from './done-rule';
import { newKey, uniqueIds } from './keys';
import { matchTasks, type MatchSide } from './match';
import { emptyValues, hasAnyValue, type TrackerEntry, type UserValues } from './tracker-entries';
import { USER_COLUMNS } from './tracker-columns';

/** Monthly notes per task key: month (YYYY-MM) → note. */
export type MonthNotes = Map<string, Map<string, string>>;

export interface PreviousTracker {
  entries: TrackerEntry[];
  notes: MonthNotes;
}

export interface TrackedTask {
  key: string;
  task: Task;
  values: UserValues;
  done: boolean;
  status: Status;
  points: number | null;
  score: number | null;
  unscored: boolean;
}

export interface KeyedTitle {
  key: string;
  title: string;
}

export interface RefreshReport {
  /** Tasks that found their earlier entry. */
  kept: number;
  /** Tasks seen for the first time. */
  added: KeyedTitle[];
  /** Entries whose task left the source: archived with their values. */
  archived: KeyedTitle[];
  /** Archived entries whose task came back. */
  restored: KeyedTitle[];
  /** Entries whose task left the source and that held nothing typed: not kept. */
  dropped: KeyedTitle[];
}

export interface TrackModel {
  sheet: string;
  asOf: IsoDate;
  planYear: number;
  dueSoonDays: number;
  hasScoring: boolean;
  tasks: TrackedTask[];
  archive: TrackerEntry[];
  notes: MonthNotes;
  refresh: RefreshReport;
}

export interface TrackOptions {
  asOf: IsoDate;
  dueSoonDays: number;
  /** Word written into 完成情况 when the source says done in words the tracker formula does not know. */
  doneWord: string;
}

function sideOfTask(task: Task): MatchSide {
  return { id: task.id ?? '', title: task.title, detail: task.detail ?? '', lead: task.leadUnits.join('、') };
}

function sideOfEntry(entry: TrackerEntry): MatchSide {
  return { id: entry.id, title: entry.title, detail: entry.detail, lead: entry.lead };
}

/** The user columns as the source has them, for a task seen the first time. */
function valuesFromSource(task: Task, doneWord: string): UserValues {
  const values = emptyValues();
  const completion = task.completion;
  values.completion = task.done && !trackerDone(completion, null) ? doneWord : completion;
  values.doneDate = task.doneDate ? { date: task.doneDate } : null;
  values.progress = task.progress;
  values.points = task.points;
  values.score = task.score;
  values.remark = task.remark;
  return values;
}

/** Typed values win; an empty cell takes what the source now says. */
function mergeValues(kept: UserValues, source: UserValues): UserValues {
  const merged = emptyValues();
  for (const col of USER_COLUMNS) merged[col] = isBlank(kept[col]) ? source[col] : kept[col];
  return merged;
}

function isBlank(value: SpecValue): boolean {
  return value === null || value === '';
}

function numberOf(value: SpecValue): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' && /^\s*[+-]?\d+(\.\d+)?\s*$/.test(value)) return Number(value);
  return null;
}

export function buildTrackModel(
  reading: SheetReading,
  previous: PreviousTracker | null,
  options: TrackOptions,
): TrackModel {
  const entries = previous?.entries ?? [];
  const matches = matchTasks(reading.tasks.map(sideOfTask), entries.map(sideOfEntry));
  const used = new Set(entries.map((e) => e.key));
  const ids = uniqueIds(reading.tasks);
  const report: RefreshReport = { kept: 0, added: [], archived: [], restored: [], dropped: [] };

  const hasScoring =
    reading.hasScoring || entries.some((e) => !isBlank(e.values.points) || !isBlank(e.values.score));
  const tasks: TrackedTask[] = reading.tasks.map((task, i) => {
    const entry = matches[i] >= 0 ? entries[matches[i]] : null;
    const source = valuesFromSource(task, options.doneWord);
    let key: string;
    let values: UserValues;
    if (entry) {
      key = entry.key;
      values = mergeValues(entry.values, source);
      if (entry.archived) report.restored.push({ key, title: task.title });
      else report.kept++;
    } else {
      key = newKey(task, !!task.id && ids.has(task.id.trim()), used);
      values = source;
      report.added.push({ key, title: task.title });
    }
    const done = trackerDone(values.completion, values.doneDate);
    const status = statusOf(task.deadline, done, options.asOf, options.dueSoonDays);
    const score = numberOf(values.score);
    return {
      key,
      task,
      values,
      done,
      status,
      points: numberOf(values.points),
      score,
      unscored: hasScoring && score === null && (done || status === 'overdue'),
    };
  });

  const matched = new Set(matches.filter((j) => j >= 0));
  const archive: TrackerEntry[] = [];
  entries.forEach((entry, j) => {
    if (matched.has(j)) return;
    const notes = previous?.notes.get(entry.key);
    if (entry.archived || hasAnyValue(entry.values) || (notes && notes.size > 0)) {
      archive.push({ ...entry, archived: true });
      if (!entry.archived) report.archived.push({ key: entry.key, title: entry.title });
    } else {
      report.dropped.push({ key: entry.key, title: entry.title });
    }
  });

  return {
    sheet: reading.sheet,
    asOf: options.asOf,
    planYear: reading.planYear,
    dueSoonDays: options.dueSoonDays,
    hasScoring,
    tasks,
    archive,
    notes: previous?.notes ?? new Map(),
    refresh: report,
  };
}
