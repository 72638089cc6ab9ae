/**
 * Merging the units' returned sheets into the tracker's entries, by task key. A three-way merge:
 * each return carries the values as exported, so a cell the unit did not touch is ignored, and a
 * cell the office changed after the export is not overwritten — it is listed as a conflict, as are
 * units that answer the same task differently. Returns never erase: a blank cell changes nothing.
 * Every change keeps the previous value in the log.
 */
import { isIsoDate, isoDate, monthOf, type IsoDate } from '../dates';
import { valueText } from '../report/value-text';
import type { SpecValue } from '../sheets/spec';
import type { MonthNotes, TrackModel, TrackedTask } from '../track/refresh';
import type { UserValues } from '../track/tracker-entries';
import { t, type Lang } from '../../i18n';
import type { ReturnReading, ReturnRow } from './return-reading';
import { RETURN_FIELDS, type ReturnField } from './unit-columns';

/** The tracker column each returned field goes to: the unit's 存在问题 joins the 备注. */
const TARGET = {
  progress: 'progress',
  completion: 'completion',
  doneDate: 'doneDate',
  problems: 'remark',
} as const satisfies Record<ReturnField, keyof UserValues>;
export type MasterField = (typeof TARGET)[ReturnField];

export interface ReturnInput {
  file: string;
  /** null when the file could not be opened as a workbook; `error` then says why. */
  reading: ReturnReading | null;
  error?: string;
}

export type LogKind =
  | 'changed'
  | 'conflict'
  | 'unknown_key'
  | 'archived_key'
  | 'unchanged'
  | 'superseded'
  | 'not_ours'
  | 'no_items'
  | 'unreadable';

export type ConflictReason = 'units_disagree' | 'changed_since_export';

export interface LogEntry {
  file: string;
  unit: string | null;
  exportDate: IsoDate | null;
  kind: LogKind;
  key: string | null;
  title: string | null;
  field: MasterField | null;
  /** The tracker's value before the merge. */
  before: SpecValue;
  /** The value written, or for a conflict the value the unit returned. */
  after: SpecValue;
  reason: ConflictReason | null;
  /** Message parameters: the value as exported, the other units' answers, the newer file, the error. */
  params: Record<string, string>;
}

export interface MergeResult {
  /** Per task key, the tracker values that change. */
  updates: Map<string, Partial<UserValues>>;
  /**
   * Progress applied, as the note of the month its sheet was sent out for (the export date's), so a
   * recurring report a unit returned is no longer shown 未报送 in 月度进度.
   */
  notes: MonthNotes;
  log: LogEntry[];
  counts: { files: number; merged: number; changes: number; conflicts: number; skipped: number };
}

interface Proposal {
  file: string;
  unit: string;
  exportDate: IsoDate;
  field: ReturnField;
  value: SpecValue;
  base: SpecValue;
}

const SKIPPED: readonly LogKind[] = ['superseded', 'not_ours', 'no_items', 'unreadable'];

function blank(value: SpecValue): boolean {
  return valueText(value) === '';
}

function same(a: SpecValue, b: SpecValue): boolean {
  return valueText(a) === valueText(b);
}

/** A done date typed as text (2026-11-5, 2026/11/05, 2026年11月5日) becomes a date. */
function asDate(value: SpecValue): SpecValue {
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(valueText(value));
  if (!m) return value;
  const date = isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  return isIsoDate(date) ? { date } : value;
}

function distinctTexts(proposals: readonly Proposal[]): string[] {
  return [...new Set(proposals.map((p) => valueText(p.value)))];
}

export function mergeReturns(lang: Lang, model: TrackModel, inputs: readonly ReturnInput[]): MergeResult {
  const log: LogEntry[] = [];
  const order = new Map(inputs.map((input, i) => [input.file, i]));
  const add = (entry: Partial<LogEntry> & Pick<LogEntry, 'file' | 'kind'>) =>
    log.push({
      unit: null,
      exportDate: null,
      key: null,
      title: null,
      field: null,
      before: null,
      after: null,
      reason: null,
      params: {},
      ...entry,
    });

  // Our files, the newest per unit; the rest are logged and left out.
  const newest = new Map<string, { file: string; rows: ReturnRow[]; exportDate: IsoDate }>();
  const ours: { file: string; unit: string; exportDate: IsoDate; rows: ReturnRow[] }[] = [];
  for (const input of inputs) {
    if (!input.reading) add({ file: input.file, kind: 'unreadable', params: { error: input.error ?? '' } });
    else if (!input.reading.ok) add({ file: input.file, kind: input.reading.reason });
    else {
      const { marker, rows } = input.reading.file;
      ours.push({ file: input.file, unit: marker.unit, exportDate: marker.exportDate, rows });
      const current = newest.get(marker.unit);
      if (!current || marker.exportDate >= current.exportDate)
        newest.set(marker.unit, { file: input.file, rows, exportDate: marker.exportDate });
    }
  }
  const kept = ours.filter((o) => newest.get(o.unit)?.file === o.file);
  for (const o of ours) {
    if (newest.get(o.unit)?.file === o.file) continue;
    add({
      file: o.file,
      unit: o.unit,
      exportDate: o.exportDate,
      kind: 'superseded',
      params: { newer: newest.get(o.unit)?.file ?? '' },
    });
  }

  const tasks = new Map(model.tasks.map((tracked) => [tracked.key, tracked]));
  const archived = new Set(model.archive.map((e) => e.key));
  const proposals = new Map<string, Proposal[]>();
  for (const o of kept) {
    const who = { file: o.file, unit: o.unit, exportDate: o.exportDate };
    for (const row of o.rows) {
      if (!tasks.has(row.key)) {
        add({ ...who, kind: archived.has(row.key) ? 'archived_key' : 'unknown_key', key: row.key });
        continue;
      }
      for (const field of RETURN_FIELDS) {
        const value = field === 'doneDate' ? asDate(row.values.doneDate) : row.values[field];
        const base = field === 'problems' ? null : row.base[field];
        if (blank(value) || same(value, base)) continue;
        const list = proposals.get(row.key) ?? [];
        list.push({ ...who, field, value, base });
        proposals.set(row.key, list);
      }
    }
  }

  const updates = new Map<string, Partial<UserValues>>();
  const notes: MonthNotes = new Map();
  for (const tracked of model.tasks) {
    const list = proposals.get(tracked.key);
    if (!list) continue;
    const changed = resolveTask(lang, tracked, list, add);
    if (Object.keys(changed).length > 0) updates.set(tracked.key, changed);
    if (changed.progress !== undefined) {
      const sent = list.filter((p) => p.field === 'progress').map((p) => p.exportDate);
      const month = monthOf(sent.reduce((a, b) => (a > b ? a : b)));
      notes.set(tracked.key, new Map([[month, valueText(changed.progress)]]));
    }
  }

  for (const o of kept) {
    if (!log.some((e) => e.file === o.file))
      add({ file: o.file, unit: o.unit, exportDate: o.exportDate, kind: 'unchanged' });
  }
  // Grouped by file in the order given; within a file, in the order found.
  const sorted = log
    .map((entry, i) => ({ entry, i }))
    .sort((a, b) => (order.get(a.entry.file) ?? 0) - (order.get(b.entry.file) ?? 0) || a.i - b.i)
    .map(({ entry }) => entry);
  const count = (kinds: readonly LogKind[]) => sorted.filter((e) => kinds.includes(e.kind)).length;
  return {
    updates,
    notes,
    log: sorted,
    counts: {
      files: inputs.length,
      merged: kept.filter((o) => sorted.some((e) => e.file === o.file && e.kind === 'changed')).length,
      changes: count(['changed']),
      conflicts: count(['conflict']),
      skipped: count(SKIPPED),
    },
  };
}

type Add = (entry: Partial<LogEntry> & Pick<LogEntry, 'file' | 'kind'>) => void;

/** The changed values of one task, logging each change and each conflict. */
function resolveTask(
  lang: Lang,
  tracked: TrackedTask,
  proposals: readonly Proposal[],
  add: Add,
): Partial<UserValues> {
  const values: UserValues = { ...tracked.values };
  const changed: Partial<UserValues> = {};
  const about = (p: Proposal) => ({
    file: p.file,
    unit: p.unit,
    exportDate: p.exportDate,
    key: tracked.key,
    title: tracked.task.title,
    field: TARGET[p.field],
  });
  const apply = (p: Proposal, value: SpecValue) => {
    const field = TARGET[p.field];
    add({ ...about(p), kind: 'changed', before: tracked.values[field], after: value });
    values[field] = value;
    changed[field] = value;
  };

  // The office changed the cell after this file was exported: the unit answered an older state.
  const live = proposals.filter((p) => {
    if (p.field === 'problems') return true;
    const master = tracked.values[TARGET[p.field]];
    if (same(p.value, master)) return false;
    if (same(master, p.base)) return true;
    add({
      ...about(p),
      kind: 'conflict',
      reason: 'changed_since_export',
      before: master,
      after: p.value,
      params: { exported: valueText(p.base) },
    });
    return false;
  });
  const of = (field: ReturnField) => live.filter((p) => p.field === field);

  // Completion and its date go together: if units differ on either, neither is applied.
  const state = [...of('completion'), ...of('doneDate')];
  const disagree = distinctTexts(of('completion')).length > 1 || distinctTexts(of('doneDate')).length > 1;
  for (const p of state) {
    if (!disagree) {
      // Units that agree up to spacing: the first one's wording is kept.
      apply(p, (state.find((q) => q.field === p.field) ?? p).value);
      continue;
    }
    const others = state
      .filter((q) => q.unit !== p.unit)
      .map((q) => t(lang, 'merge.unitNote', { unit: q.unit, text: valueText(q.value) }))
      .join('；');
    add({
      ...about(p),
      kind: 'conflict',
      reason: 'units_disagree',
      before: tracked.values[TARGET[p.field]],
      after: p.value,
      params: { others },
    });
  }

  // Progress from several units is kept side by side, lead unit first.
  const progress = of('progress');
  if (progress.length > 0) {
    const units = [...tracked.task.leadUnits, ...tracked.task.responsibleUnits];
    const rank = (p: Proposal) => (units.includes(p.unit) ? units.indexOf(p.unit) : units.length);
    const ordered = [...progress].sort((a, b) => rank(a) - rank(b));
    const value =
      distinctTexts(ordered).length === 1
        ? ordered[0].value
        : ordered
            .map((p) => t(lang, 'merge.unitNote', { unit: p.unit, text: valueText(p.value) }))
            .join('\n');
    for (const p of ordered) apply(p, value);
  }

  // Problems are added to the remark, which keeps what the office wrote there.
  for (const p of of('problems')) {
    const line = t(lang, 'merge.problemNote', { unit: p.unit, text: valueText(p.value) });
    const before = valueText(values.remark);
    if (before.split('\n').includes(line)) continue;
    const field = TARGET.problems;
    const after = before ? `${before}\n${line}` : line;
    add({ ...about(p), kind: 'changed', before: values.remark, after });
    values[field] = after;
    changed[field] = after;
  }
  return changed;
}
