/** The tracker's columns: fixed positions, so formulas and the refresh always find them. */
import { columnLetters } from '../grid';

export const TRACKER_COLUMNS = [
  'no',
  'key',
  'section',
  'task',
  'detail',
  'lead',
  'responsible',
  'persons',
  'deadline',
  'due',
  'daysLeft',
  'status',
  'completion',
  'doneDate',
  'progress',
  'points',
  'score',
  'remark',
] as const;
export type TrackerColumn = (typeof TRACKER_COLUMNS)[number];

/** Columns the office fills in; a refresh keeps whatever was typed there. */
export const USER_COLUMNS = ['completion', 'doneDate', 'progress', 'points', 'score', 'remark'] as const;
export type UserColumn = (typeof USER_COLUMNS)[number];

/** Column letter of a tracker column: no → A, key → B, … */
export function trackerLetter(column: TrackerColumn): string {
  return columnLetters(TRACKER_COLUMNS.indexOf(column));
}

/** Rows above the tracker's header: the title and the legend. */
export const TRACKER_PREAMBLE_ROWS = 2;
export const TRACKER_HEADER_ROW = TRACKER_PREAMBLE_ROWS + 1;
export const TRACKER_FIRST_DATA_ROW = TRACKER_HEADER_ROW + 1;
