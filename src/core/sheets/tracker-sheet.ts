/** 跟踪台账: one row per task with live status formulas, the typed columns, and the archive below. */
import { daysBetween } from '../dates';
import type { Person, Status } from '../model';
import { t, type Lang, type MessageKey } from '../../i18n';
import { doneFormula } from '../track/done-rule';
import { recurrenceFormula } from '../track/recurrence-formula';
import type { TrackModel, TrackedTask } from '../track/refresh';
import {
  TRACKER_COLUMNS,
  TRACKER_FIRST_DATA_ROW,
  trackerLetter,
  type TrackerColumn,
} from '../track/tracker-columns';
import type { TrackerEntry } from '../track/tracker-entries';
import type { ColumnSpec, RuleSpec, SheetSpec, SpecValue, StyleKey } from './spec';

const WIDTHS: Record<TrackerColumn, number> = {
  no: 6,
  key: 10,
  section: 16,
  task: 30,
  detail: 36,
  lead: 16,
  responsible: 22,
  persons: 18,
  deadline: 14,
  due: 12,
  daysLeft: 9,
  status: 11,
  completion: 11,
  doneDate: 12,
  progress: 30,
  points: 7,
  score: 7,
  remark: 16,
};

const COLUMN_STYLES: Record<TrackerColumn, StyleKey> = {
  no: 'center',
  key: 'body',
  section: 'wrap',
  task: 'wrap',
  detail: 'wrap',
  lead: 'wrap',
  responsible: 'wrap',
  persons: 'wrap',
  deadline: 'wrap',
  due: 'date',
  daysLeft: 'number',
  status: 'center',
  completion: 'input',
  doneDate: 'inputDate',
  progress: 'inputWrap',
  points: 'input',
  score: 'input',
  remark: 'inputWrap',
};

export function statusWord(lang: Lang, status: Status): string {
  return t(lang, `status.${status}` as MessageKey);
}

export function personsText(lang: Lang, persons: readonly Person[]): string {
  const roles = new Set(persons.map((p) => p.role));
  return persons
    .map((p) => {
      const name = p.title ? `${p.name}（${p.title}）` : p.name;
      return roles.size > 1 ? `${name}（${t(lang, `person.${p.role}` as MessageKey)}）` : name;
    })
    .join('、');
}

/** The status formula of one tracker row, in the workbook's language. */
export function statusFormula(lang: Lang, row: number | string, dueSoonDays: number): string {
  const L = (c: TrackerColumn) => `${trackerLetter(c)}${row}`;
  const due = L('due');
  const w = (s: Status) => `"${statusWord(lang, s)}"`;
  return (
    `IF(${doneFormula(L('completion'), L('doneDate'))},${w('done')},` +
    `IF(${due}="${t(lang, 'tracker.ongoingDue')}",${w('ongoing')},` +
    `IF(NOT(ISNUMBER(${due})),${w('no_deadline')},` +
    `IF(${due}<TODAY(),${w('overdue')},` +
    `IF(${due}-TODAY()<=${dueSoonDays},${w('due_soon')},${w('on_track')})))))`
  );
}

/**
 * A row's formula from a template built once: the formula written for a marker row, cut at the
 * marker, so each row costs a join instead of rebuilding a kilobyte of text.
 */
function perRow(build: (row: string) => string): (row: number) => string {
  const parts = build('\u0000').split('\u0000');
  return (row) => parts.join(String(row));
}

function dueCell(lang: Lang, tracked: TrackedTask): SpecValue {
  const { deadline } = tracked.task;
  if (deadline.kind === 'ongoing') return t(lang, 'tracker.ongoingDue');
  if (!deadline.due) return null;
  if (deadline.kind === 'recurring' && deadline.recurrence) {
    return { formula: recurrenceFormula(deadline.recurrence), result: { date: deadline.due } };
  }
  return { date: deadline.due };
}

interface RowFormulas {
  status: (row: number) => string;
  daysLeft: (row: number) => string;
}

function taskRow(
  lang: Lang,
  model: TrackModel,
  tracked: TrackedTask,
  row: number,
  formulas: RowFormulas,
): SpecValue[] {
  const { task, values } = tracked;
  const due = task.deadline.kind === 'ongoing' ? null : task.deadline.due;
  const cells: Record<TrackerColumn, SpecValue> = {
    no: task.id,
    key: tracked.key,
    section: task.section,
    task: task.title,
    detail: task.detail,
    lead: task.leadUnits.join('、'),
    responsible: task.responsibleUnits.join('、'),
    persons: personsText(lang, task.persons),
    deadline: task.deadline.text || null,
    due: dueCell(lang, tracked),
    daysLeft: { formula: formulas.daysLeft(row), result: due ? daysBetween(model.asOf, due) : '' },
    status: { formula: formulas.status(row), result: statusWord(lang, tracked.status) },
    ...values,
  };
  return TRACKER_COLUMNS.map((c) => cells[c]);
}

function archiveRow(lang: Lang, entry: TrackerEntry): SpecValue[] {
  const cells: Record<TrackerColumn, SpecValue> = {
    no: entry.id || null,
    key: entry.key,
    section: entry.section || null,
    task: entry.title,
    detail: entry.detail || null,
    lead: entry.lead || null,
    responsible: entry.responsible || null,
    persons: null,
    deadline: entry.deadline || null,
    due: null,
    daysLeft: null,
    status: t(lang, 'tracker.archived'),
    ...entry.values,
  };
  return TRACKER_COLUMNS.map((c) => cells[c]);
}

/** The highlight rules: a fixed handful over the data rows, whatever their number. */
export function trackerRules(lang: Lang, lastRow: number, hasScoring: boolean): RuleSpec[] {
  if (lastRow < TRACKER_FIRST_DATA_ROW) return [];
  const first = TRACKER_FIRST_DATA_ROW;
  const all = `A${first}:${trackerLetter('remark')}${lastRow}`;
  const status = `$${trackerLetter('status')}${first}`;
  const score = trackerLetter('score');
  const rules: RuleSpec[] = [];
  if (hasScoring) {
    rules.push({
      range: `${score}${first}:${score}${lastRow}`,
      formula: `AND(${score}${first}="",OR(${status}="${statusWord(lang, 'done')}",${status}="${statusWord(lang, 'overdue')}"))`,
      highlight: 'unscored',
    });
  }
  rules.push(
    { range: all, formula: `${status}="${statusWord(lang, 'overdue')}"`, highlight: 'overdue' },
    { range: all, formula: `${status}="${statusWord(lang, 'due_soon')}"`, highlight: 'dueSoon' },
    { range: all, formula: `${status}="${statusWord(lang, 'done')}"`, highlight: 'done' },
    { range: all, formula: `${status}="${statusWord(lang, 'ongoing')}"`, highlight: 'ongoing' },
  );
  return rules;
}

export function trackerSheet(lang: Lang, model: TrackModel, name: string, title: string): SheetSpec {
  const due = trackerLetter('due');
  const formulas: RowFormulas = {
    status: perRow((row) => statusFormula(lang, row, model.dueSoonDays)),
    daysLeft: perRow((row) => `IF(ISNUMBER(${due}${row}),${due}${row}-TODAY(),"")`),
  };
  const rows: SpecValue[][] = model.tasks.map((tracked, i) =>
    taskRow(lang, model, tracked, TRACKER_FIRST_DATA_ROW + i, formulas),
  );
  const lastTaskRow = TRACKER_FIRST_DATA_ROW + rows.length - 1;
  const rowStyles: SheetSpec['rowStyles'] = [];
  if (model.archive.length > 0) {
    rows.push([]);
    rowStyles.push({ index: rows.length, style: 'archiveHeader' });
    rows.push([t(lang, 'tracker.archive')]);
    for (const entry of model.archive) rows.push(archiveRow(lang, entry));
  }
  const columns: ColumnSpec[] = TRACKER_COLUMNS.map((c) => ({
    header: t(lang, `col.${c}` as MessageKey),
    width: WIDTHS[c],
    style: COLUMN_STYLES[c],
    hidden: c === 'key' || undefined,
  }));
  const legend: SpecValue[] = [
    t(lang, 'tracker.legend'),
    statusWord(lang, 'overdue'),
    statusWord(lang, 'due_soon'),
    statusWord(lang, 'done'),
    statusWord(lang, 'ongoing'),
    t(lang, 'status.unscored'),
  ];
  // The key column (B) is hidden, so the legend starts in C.
  const legendCells: StyleKey[] = [
    'legendOverdue',
    'legendDueSoon',
    'legendDone',
    'legendOngoing',
    'legendUnscored',
  ];
  return {
    role: 'tracker',
    name,
    preamble: [
      { values: [t(lang, 'tracker.title', { title, asOf: model.asOf })], style: 'title' },
      // The matrix and unit summary follow the tracker row by row: sorting it misleads them until a refresh.
      { values: [legend[0], null, ...legend.slice(1), null, t(lang, 'tracker.sortNote')], style: 'subtitle' },
    ],
    columns,
    rows,
    rowStyles,
    cellStyles: legendCells.map((style, i) => ({ address: `${String.fromCharCode(67 + i)}2`, style })),
    freeze: { rows: TRACKER_FIRST_DATA_ROW - 1, columns: 4 },
    autoFilter: `A${TRACKER_FIRST_DATA_ROW - 1}:${trackerLetter('remark')}${Math.max(lastTaskRow, TRACKER_FIRST_DATA_ROW)}`,
    rules: trackerRules(lang, lastTaskRow, model.hasScoring),
    print: {
      landscape: true,
      fitToWidth: true,
      repeatRows: `${TRACKER_FIRST_DATA_ROW - 1}:${TRACKER_FIRST_DATA_ROW - 1}`,
    },
    tabColor: '4472C4',
  };
}
