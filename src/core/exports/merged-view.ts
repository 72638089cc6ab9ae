/**
 * The tracked workbook as the planner should see it after a merge: the same sheets, but the
 * tracker replaced by one holding the merged entries. Re-planning over this view regenerates every
 * owned sheet (statuses, matrices, report) from the merged values through the one planning path.
 */
import { parseIso } from '../dates';
import type { CellValue, Grid } from '../grid';
import { isDateValue, isFormula, type SpecValue } from '../sheets/spec';
import type { WorkbookView } from '../track/plan-workbook';
import type { TrackModel } from '../track/refresh';
import { TRACKER_COLUMNS, type TrackerColumn } from '../track/tracker-columns';
import type { TrackerEntry, UserValues } from '../track/tracker-entries';
import { t, type Lang, type MessageKey } from '../../i18n';

function cellOf(value: SpecValue): CellValue {
  if (value === null) return null;
  if (isFormula(value)) return cellOf(value.result);
  if (isDateValue(value)) {
    const { year, month, day } = parseIso(value.date);
    return new Date(Date.UTC(year, month - 1, day));
  }
  return value;
}

/** The entries a tracker written from this model holds, with the updates applied. */
export function mergedEntries(
  model: TrackModel,
  updates: ReadonlyMap<string, Partial<UserValues>>,
): TrackerEntry[] {
  const current = model.tasks.map((tracked): TrackerEntry => ({
    key: tracked.key,
    archived: false,
    id: tracked.task.id ?? '',
    section: tracked.task.section ?? '',
    title: tracked.task.title,
    detail: tracked.task.detail ?? '',
    lead: tracked.task.leadUnits.join('、'),
    responsible: tracked.task.responsibleUnits.join('、'),
    deadline: tracked.task.deadline.text,
    values: { ...tracked.values, ...updates.get(tracked.key) },
  }));
  return [...current, ...model.archive];
}

/** A tracker grid that readTrackerEntries reads back as exactly these entries. */
export function entriesGrid(lang: Lang, name: string, entries: readonly TrackerEntry[]): Grid {
  const rowOf = (entry: TrackerEntry): CellValue[] => {
    const cells: Partial<Record<TrackerColumn, CellValue>> = {
      no: entry.id || null,
      key: entry.key,
      section: entry.section || null,
      task: entry.title,
      detail: entry.detail || null,
      lead: entry.lead || null,
      responsible: entry.responsible || null,
      deadline: entry.deadline || null,
    };
    for (const [column, value] of Object.entries(entry.values))
      cells[column as TrackerColumn] = cellOf(value);
    return TRACKER_COLUMNS.map((c) => cells[c] ?? null);
  };
  const current = entries.filter((e) => !e.archived);
  const archived = entries.filter((e) => e.archived);
  return {
    sheetName: name,
    rows: [
      TRACKER_COLUMNS.map((c) => t(lang, `col.${c}` as MessageKey)),
      ...current.map(rowOf),
      ...(archived.length > 0 ? [[t(lang, 'tracker.archive')], ...archived.map(rowOf)] : []),
    ],
    merges: [],
  };
}

/** `view` with the tracker sheet `trackerName` reading as `entries`. */
export function viewWithEntries(
  view: WorkbookView,
  lang: Lang,
  trackerName: string,
  entries: readonly TrackerEntry[],
): WorkbookView {
  const tracker = entriesGrid(lang, trackerName, entries);
  return {
    sheetNames: view.sheetNames,
    grid: (name) => (name === trackerName ? tracker : view.grid(name)),
  };
}
