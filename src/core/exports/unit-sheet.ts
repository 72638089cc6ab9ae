/**
 * The supervision sheet sent to one unit: its tasks as lead and as participant, the four columns it
 * fills (pre-filled with what the office holds), everything else locked, and hidden columns with
 * the task key and the values as exported, so the returned file can be merged back.
 */
import { columnLetters } from '../grid';
import type { IsoDate } from '../dates';
import { printSetup } from '../report/print';
import { wrappedRowHeights } from '../sheets/row-heights';
import type { ColumnSpec, SheetSpec, SpecValue, StyleKey } from '../sheets/spec';
import { personsText, statusWord } from '../sheets/tracker-sheet';
import type { TrackModel, TrackedTask } from '../track/refresh';
import { t, type Lang } from '../../i18n';
import { RETURN_FIELDS, UNIT_COLUMNS, unitHeader, type UnitColumn } from './unit-columns';

const PREAMBLE_ROWS = 2;
const HEADER_ROW = PREAMBLE_ROWS + 1;

const LOOK: Record<UnitColumn, { width: number; style: StyleKey; hidden?: boolean }> = {
  no: { width: 6, style: 'center' },
  key: { width: 10, style: 'body', hidden: true },
  task: { width: 28, style: 'wrap' },
  detail: { width: 30, style: 'wrap' },
  role: { width: 8, style: 'center' },
  lead: { width: 14, style: 'wrap' },
  responsible: { width: 18, style: 'wrap' },
  persons: { width: 14, style: 'wrap' },
  deadline: { width: 12, style: 'wrap' },
  due: { width: 11, style: 'date' },
  status: { width: 9, style: 'center' },
  progress: { width: 32, style: 'inputWrap' },
  completion: { width: 10, style: 'input' },
  doneDate: { width: 12, style: 'inputDate' },
  problems: { width: 26, style: 'inputWrap' },
  baseProgress: { width: 10, style: 'body', hidden: true },
  baseCompletion: { width: 10, style: 'body', hidden: true },
  baseDoneDate: { width: 10, style: 'date', hidden: true },
};

/** The words offered in the 完成情况 drop-down; the first is one the tracker counts as done. */
export function completionChoices(lang: Lang): string[] {
  return [statusWord(lang, 'done'), t(lang, 'unitExport.notDone')];
}

export function unitTasks(model: TrackModel, unit: string): TrackedTask[] {
  return model.tasks.filter(
    (tracked) => tracked.task.leadUnits.includes(unit) || tracked.task.responsibleUnits.includes(unit),
  );
}

function unitRow(lang: Lang, tracked: TrackedTask, unit: string): SpecValue[] {
  const { task, values } = tracked;
  const cells: Record<UnitColumn, SpecValue> = {
    no: task.id,
    key: tracked.key,
    task: task.title,
    detail: task.detail,
    role: t(lang, task.leadUnits.includes(unit) ? 'unitExport.role.lead' : 'unitExport.role.partner'),
    lead: task.leadUnits.join('、') || null,
    responsible: task.responsibleUnits.join('、') || null,
    persons: personsText(lang, task.persons) || null,
    deadline: task.deadline.text || null,
    due:
      task.deadline.kind === 'ongoing'
        ? t(lang, 'tracker.ongoingDue')
        : task.deadline.due
          ? { date: task.deadline.due }
          : null,
    status: statusWord(lang, tracked.status),
    progress: values.progress,
    completion: values.completion,
    doneDate: values.doneDate,
    problems: null,
    baseProgress: values.progress,
    baseCompletion: values.completion,
    baseDoneDate: values.doneDate,
  };
  return UNIT_COLUMNS.map((c) => cells[c]);
}

export function unitSheet(
  lang: Lang,
  model: TrackModel,
  unit: string,
  name: string,
  asOf: IsoDate,
): SheetSpec {
  const tasks = unitTasks(model, unit);
  const title = t(lang, 'unitExport.title', { unit, date: asOf });
  const first = HEADER_ROW + 1;
  const last = HEADER_ROW + Math.max(tasks.length, 1);
  const range = (c: UnitColumn) => {
    const letter = columnLetters(UNIT_COLUMNS.indexOf(c));
    return `${letter}${first}:${letter}${last}`;
  };
  const columns: ColumnSpec[] = UNIT_COLUMNS.map((c) => ({
    header: unitHeader(lang, c),
    width: LOOK[c].width,
    style: LOOK[c].style,
    hidden: LOOK[c].hidden,
  }));
  const rows = tasks.map((tracked) => unitRow(lang, tracked, unit));
  return {
    role: 'unitExport',
    name,
    preamble: [
      { values: [title], style: 'title', merge: true },
      { values: [t(lang, 'unitExport.instructions')], style: 'subtitle', merge: true },
    ],
    columns,
    rows,
    rowHeights: wrappedRowHeights(columns, rows),
    freeze: { rows: HEADER_ROW, columns: 3 },
    validations: [{ range: range('completion'), values: completionChoices(lang) }],
    protect: { unlocked: RETURN_FIELDS.map(range) },
    print: printSetup(lang, title, asOf, `${HEADER_ROW}:${HEADER_ROW}`),
  };
}
