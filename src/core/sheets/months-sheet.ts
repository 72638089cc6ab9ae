/**
 * 月度进度: tasks × the months of the plan year. A month cell holds the note typed for that month;
 * where none is typed it shows the due marker, or for a recurring report 待报送 / 未报送 — a formula
 * over TODAY(), so the marker turns to 未报送 by itself once the date passes.
 */
import { cellText, columnLetters, type Grid } from '../grid';
import { isoDate, type IsoDate } from '../dates';
import { occurrences } from '../cells/recurrence';
import { LANGS, t, type Lang, type MessageKey } from '../../i18n';
import type { MonthNotes, TrackModel } from '../track/refresh';
import { isArchiveHeading, type TrackerEntry } from '../track/tracker-entries';
import type { ColumnSpec, RuleSpec, SheetSpec, SpecValue } from './spec';

/** Columns before the months: no, key, task, lead, deadline. */
const LEAD_COLUMNS = 5;
const KEY_COLUMN = 1;
export const MONTHS_PREAMBLE_ROWS = 2;
const FIRST_DATA_ROW = MONTHS_PREAMBLE_ROWS + 2;

const MONTH_HEADER = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function monthHeader(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, '0')}`;
}

/** Texts the sheet writes itself, in either language: never read back as a note. */
const FIXED_MARKERS = new Set(LANGS.flatMap((lang) => [t(lang, 'months.due'), t(lang, 'months.missed')]));
const PLANNED = LANGS.map(
  (lang) =>
    new RegExp(
      '^' +
        t(lang, 'months.planned', { date: '\u0000' })
          .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
          .replace('\u0000', '\\d{2}-\\d{2}') +
        '$',
    ),
);

export function isMonthMarker(text: string): boolean {
  return FIXED_MARKERS.has(text) || PLANNED.some((re) => re.test(text));
}

/** Notes typed in an earlier months sheet, by task key and month. */
export function readMonthNotes(grid: Grid): MonthNotes {
  const notes: MonthNotes = new Map();
  let headerRow = -1;
  const months = new Map<number, string>();
  for (let r = 0; r < Math.min(10, grid.rows.length) && headerRow < 0; r++) {
    (grid.rows[r] ?? []).forEach((v, c) => {
      const text = cellText(v);
      if (MONTH_HEADER.test(text)) months.set(c, text);
    });
    if (months.size > 0) headerRow = r;
  }
  if (headerRow < 0) return notes;
  for (let r = headerRow + 1; r < grid.rows.length; r++) {
    const row = grid.rows[r] ?? [];
    if (row.some((v) => isArchiveHeading(cellText(v)))) continue;
    const key = cellText(row[KEY_COLUMN] ?? null);
    if (!key) continue;
    for (const [c, month] of months) {
      const value = row[c] ?? null;
      const shown = cellText(value);
      if (!shown || isMonthMarker(shown)) continue;
      // Kept as typed (a note is the office's text, not ours to trim).
      const text = typeof value === 'string' ? value : shown;
      let byMonth = notes.get(key);
      if (!byMonth) notes.set(key, (byMonth = new Map()));
      byMonth.set(month, text);
    }
  }
  return notes;
}

function markerCells(
  lang: Lang,
  model: TrackModel,
  tracked: TrackModel['tasks'][number],
): Map<number, SpecValue> {
  const cells = new Map<number, SpecValue>();
  const { deadline } = tracked.task;
  const year = model.planYear;
  if (deadline.kind === 'recurring' && deadline.recurrence) {
    for (const date of occurrences(deadline.recurrence, isoDate(year, 1, 1), isoDate(year, 12, 31))) {
      const month = Number(date.slice(5, 7));
      cells.set(month, occurrenceFormula(lang, date, model.asOf));
    }
  } else if (deadline.due && Number(deadline.due.slice(0, 4)) === year) {
    cells.set(Number(deadline.due.slice(5, 7)), t(lang, 'months.due'));
  }
  return cells;
}

function occurrenceFormula(lang: Lang, date: IsoDate, asOf: IsoDate): SpecValue {
  const [y, m, d] = date.split('-').map(Number);
  const missed = t(lang, 'months.missed');
  const planned = t(lang, 'months.planned', { date: date.slice(5) });
  return {
    formula: `IF(DATE(${y},${m},${d})<TODAY(),"${missed}","${planned}")`,
    result: date < asOf ? missed : planned,
  };
}

function noteOrMarker(
  notes: MonthNotes,
  key: string,
  year: number,
  month: number,
  marker: SpecValue | undefined,
): SpecValue {
  return notes.get(key)?.get(monthHeader(year, month)) ?? marker ?? null;
}

export function monthsSheet(lang: Lang, model: TrackModel, name: string): SheetSpec {
  const tr = (key: MessageKey) => t(lang, key);
  const year = model.planYear;
  const rows: SpecValue[][] = model.tasks.map((tracked) => {
    const markers = markerCells(lang, model, tracked);
    const row: SpecValue[] = [
      tracked.task.id,
      tracked.key,
      tracked.task.title,
      tracked.task.leadUnits.join('、'),
      tracked.task.deadline.text || null,
    ];
    for (let m = 1; m <= 12; m++) row.push(noteOrMarker(model.notes, tracked.key, year, m, markers.get(m)));
    return row;
  });
  const lastRow = FIRST_DATA_ROW + rows.length - 1;
  const archived = model.archive.filter((e) => model.notes.get(e.key)?.size);
  const rowStyles: SheetSpec['rowStyles'] = [];
  if (archived.length > 0) {
    rows.push([]);
    rowStyles.push({ index: rows.length, style: 'archiveHeader' });
    rows.push([t(lang, 'tracker.archive')]);
    for (const entry of archived) rows.push(archivedRow(model.notes, entry, year));
  }
  const columns: ColumnSpec[] = [
    { header: tr('col.no'), width: 6, style: 'center' },
    { header: tr('col.key'), width: 10, hidden: true },
    { header: tr('col.task'), width: 30, style: 'wrap' },
    { header: tr('col.lead'), width: 16, style: 'wrap' },
    { header: tr('col.deadline'), width: 14, style: 'wrap' },
    ...Array.from({ length: 12 }, (_, i): ColumnSpec => ({
      header: monthHeader(year, i + 1),
      width: 14,
      style: 'inputWrap',
    })),
  ];
  const first = columnLetters(LEAD_COLUMNS);
  const last = columnLetters(LEAD_COLUMNS + 11);
  const range = `${first}${FIRST_DATA_ROW}:${last}${lastRow}`;
  const cell = `${first}${FIRST_DATA_ROW}`;
  const rules: RuleSpec[] =
    rows.length === 0 || lastRow < FIRST_DATA_ROW
      ? []
      : [
          { range, formula: `${cell}="${t(lang, 'months.missed')}"`, highlight: 'missed' },
          { range, formula: `LEFT(${cell},1)="▲"`, highlight: 'dueMarker' },
          {
            range,
            formula: `LEFT(${cell},${t(lang, 'months.planned', { date: '' }).length})="${t(lang, 'months.planned', { date: '' })}"`,
            highlight: 'planned',
          },
        ];
  return {
    role: 'months',
    name,
    preamble: [
      { values: [t(lang, 'months.title', { year, asOf: model.asOf })], style: 'title' },
      { values: [t(lang, 'months.legend')], style: 'subtitle' },
    ],
    columns,
    rows,
    rowStyles,
    freeze: { rows: FIRST_DATA_ROW - 1, columns: 3 },
    rules,
    print: { landscape: true, fitToWidth: true, repeatRows: `${FIRST_DATA_ROW - 1}:${FIRST_DATA_ROW - 1}` },
  };
}

function archivedRow(notes: MonthNotes, entry: TrackerEntry, year: number): SpecValue[] {
  const row: SpecValue[] = [
    entry.id || null,
    entry.key,
    entry.title,
    entry.lead || null,
    entry.deadline || null,
  ];
  for (let m = 1; m <= 12; m++) row.push(notes.get(entry.key)?.get(monthHeader(year, m)) ?? null);
  return row;
}
