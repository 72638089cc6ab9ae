/** Reading an earlier tracker back: each row's key, what identifies its task, and the typed values. */
import { cellText, isCellError, type CellValue, type Grid } from '../grid';
import { fromDateValue } from '../dates';
import { LANGS, t, type MessageKey } from '../../i18n';
import type { SpecValue } from '../sheets/spec';
import { TRACKER_COLUMNS, USER_COLUMNS, type TrackerColumn, type UserColumn } from './tracker-columns';

export type UserValues = Record<UserColumn, SpecValue>;

export interface TrackerEntry {
  key: string;
  archived: boolean;
  id: string;
  section: string;
  title: string;
  detail: string;
  lead: string;
  responsible: string;
  deadline: string;
  values: UserValues;
}

export function emptyValues(): UserValues {
  return { completion: null, doneDate: null, progress: null, points: null, score: null, remark: null };
}

export function hasAnyValue(values: UserValues): boolean {
  return USER_COLUMNS.some((c) => values[c] !== null && values[c] !== '');
}

/** A cell read back as the value to write again: dates stay dates, errors become their text. */
export function specValueOf(value: CellValue): SpecValue {
  if (value === null) return null;
  if (value instanceof Date) {
    const date = fromDateValue(value);
    return date ? { date } : null;
  }
  if (isCellError(value)) return value.error;
  if (typeof value === 'string') return value === '' ? null : value;
  return value;
}

/** Header text (either language) → tracker column. */
const HEADER_TO_COLUMN = new Map<string, TrackerColumn>();
for (const lang of LANGS) {
  for (const col of TRACKER_COLUMNS) HEADER_TO_COLUMN.set(t(lang, `col.${col}` as MessageKey), col);
}
const ARCHIVE_TEXTS = new Set(LANGS.map((lang) => t(lang, 'tracker.archive')));

export function isArchiveHeading(text: string): boolean {
  return ARCHIVE_TEXTS.has(text);
}

/** Rows scanned for the tracker's header. */
const HEADER_SCAN = 10;

/** The entries of a tracker sheet, or null when the sheet is not laid out as one. */
export function readTrackerEntries(grid: Grid): TrackerEntry[] | null {
  let headerRow = -1;
  const colOf = new Map<TrackerColumn, number>();
  for (let r = 0; r < Math.min(HEADER_SCAN, grid.rows.length) && headerRow < 0; r++) {
    const row = grid.rows[r] ?? [];
    const found = new Map<TrackerColumn, number>();
    row.forEach((v, c) => {
      const col = HEADER_TO_COLUMN.get(cellText(v));
      if (col && !found.has(col)) found.set(col, c);
    });
    if (found.has('key') && found.has('task')) {
      headerRow = r;
      for (const [k, v] of found) colOf.set(k, v);
    }
  }
  if (headerRow < 0) return null;
  const get = (row: readonly CellValue[], col: TrackerColumn): CellValue => {
    const c = colOf.get(col);
    return c === undefined ? null : (row[c] ?? null);
  };
  const entries: TrackerEntry[] = [];
  let archived = false;
  for (let r = headerRow + 1; r < grid.rows.length; r++) {
    const row = grid.rows[r] ?? [];
    if (row.some((v) => isArchiveHeading(cellText(v)))) {
      archived = true;
      continue;
    }
    const key = cellText(get(row, 'key'));
    if (!key) continue;
    const values = emptyValues();
    for (const col of USER_COLUMNS) values[col] = specValueOf(get(row, col));
    entries.push({
      key,
      archived,
      id: cellText(get(row, 'no')),
      section: cellText(get(row, 'section')),
      title: cellText(get(row, 'task')),
      detail: cellText(get(row, 'detail')),
      lead: cellText(get(row, 'lead')),
      responsible: cellText(get(row, 'responsible')),
      deadline: cellText(get(row, 'deadline')),
      values,
    });
  }
  return entries;
}
