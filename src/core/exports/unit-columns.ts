/**
 * The columns of a per-unit supervision sheet, shared by the export and the reading of returns.
 * The unit fills four columns; three hidden ones keep what those held when the file was made, so
 * the merge can tell what the unit changed from what the office changed meanwhile.
 */
import { LANGS, t, type Lang, type MessageKey } from '../../i18n';

export const UNIT_COLUMNS = [
  'no',
  'key',
  'task',
  'detail',
  'role',
  'lead',
  'responsible',
  'persons',
  'deadline',
  'due',
  'status',
  'progress',
  'completion',
  'doneDate',
  'problems',
  'baseProgress',
  'baseCompletion',
  'baseDoneDate',
] as const;
export type UnitColumn = (typeof UNIT_COLUMNS)[number];

/** What the unit fills in. */
export const RETURN_FIELDS = ['progress', 'completion', 'doneDate', 'problems'] as const;
export type ReturnField = (typeof RETURN_FIELDS)[number];

/** The hidden column keeping each field's value as exported; problems start blank and have none. */
export const BASE_COLUMN: Record<Exclude<ReturnField, 'problems'>, UnitColumn> = {
  progress: 'baseProgress',
  completion: 'baseCompletion',
  doneDate: 'baseDoneDate',
};

const HEADER_KEYS: Record<UnitColumn, MessageKey> = {
  no: 'col.no',
  key: 'col.key',
  task: 'col.task',
  detail: 'col.detail',
  role: 'unitExport.col.role',
  lead: 'col.lead',
  responsible: 'col.responsible',
  persons: 'col.persons',
  deadline: 'col.deadline',
  due: 'col.due',
  status: 'col.status',
  progress: 'col.progress',
  completion: 'col.completion',
  doneDate: 'col.doneDate',
  problems: 'unitExport.col.problems',
  baseProgress: 'unitExport.col.baseProgress',
  baseCompletion: 'unitExport.col.baseCompletion',
  baseDoneDate: 'unitExport.col.baseDoneDate',
};

export function unitHeader(lang: Lang, column: UnitColumn): string {
  return t(lang, HEADER_KEYS[column]);
}

/** Header text, in either language, → column. */
export const HEADER_TO_UNIT_COLUMN: ReadonlyMap<string, UnitColumn> = new Map(
  LANGS.flatMap((lang) => UNIT_COLUMNS.map((c): [string, UnitColumn] => [unitHeader(lang, c), c])),
);
