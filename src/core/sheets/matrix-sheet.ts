/**
 * 责任矩阵: tasks × units. Row i is the tracker's task row i, so the status column refers to the
 * tracker's status formula (checking the row still holds its task, see stale-rows) and the unit
 * summary can pair matrix and tracker ranges of the same shape. Cells hold 牵 or 责 and are coloured
 * by a handful of rules.
 */
import { columnLetters } from '../grid';
import { t, type Lang } from '../../i18n';
import type { Status } from '../model';
import type { UnitFigures } from '../scoring/unit-figures';
import type { TrackModel } from '../track/refresh';
import { formulaText, sheetRef } from './sheet-ref';
import type { ColumnSpec, HighlightKey, RuleSpec, SheetSpec, SpecValue, StyleKey } from './spec';
import { pairedStatus, staleNotice, staleRule } from './stale-rows';
import { statusWord } from './tracker-sheet';

/** Title, legend, then the totals per unit: tasks led, tasks taking part. */
const PREAMBLE_ROWS = 4;
export const MATRIX_LED_ROW = 3;
export const MATRIX_PART_ROW = 4;
export const MATRIX_FIRST_DATA_ROW = PREAMBLE_ROWS + 2;
export const MATRIX_STATUS_LETTER = 'C';
/** Columns before the units: no, task, status. */
const FIRST_UNIT_COLUMN = 3;

export function matrixUnitLetter(unitIndex: number): string {
  return columnLetters(FIRST_UNIT_COLUMN + unitIndex);
}

/** Last data row of the matrix (and of the tracker's tasks, shifted): below the first when there are no tasks. */
export function matrixLastRow(model: TrackModel): number {
  return MATRIX_FIRST_DATA_ROW + model.tasks.length - 1;
}

/** The status column's cells, absolute, with the sheet's name when another sheet refers to them. */
export function matrixStatusRange(model: TrackModel, matrixName?: string): string {
  const L = MATRIX_STATUS_LETTER;
  const ref = matrixName === undefined ? '' : sheetRef(matrixName);
  return `${ref}$${L}$${MATRIX_FIRST_DATA_ROW}:$${L}$${matrixLastRow(model)}`;
}

/** After the legend's status words, on the legend row. */
const STALE_NOTICE_CELL = 'G2';

const STATUS_HIGHLIGHTS: [Status, HighlightKey][] = [
  ['overdue', 'overdue'],
  ['due_soon', 'dueSoon'],
  ['done', 'done'],
  ['ongoing', 'ongoing'],
];
const LEGEND_STYLES: StyleKey[] = ['legendOverdue', 'legendDueSoon', 'legendDone', 'legendOngoing'];

/** Unit names are CJK mostly: about two width units a character, kept between 6 and 14. */
function unitWidth(name: string): number {
  return Math.min(14, Math.max(6, [...name].length * 2));
}

export function matrixSheet(
  lang: Lang,
  model: TrackModel,
  names: { matrix: string; tracker: string },
  units: readonly UnitFigures[],
): SheetSpec {
  const lead = t(lang, 'matrix.lead');
  const responsible = t(lang, 'matrix.responsible');
  const column = new Map(units.map((u, i) => [u.name, FIRST_UNIT_COLUMN + i]));

  const rows = model.tasks.map((tracked, i): SpecValue[] => {
    const marks: [number, string][] = [];
    for (const name of tracked.task.leadUnits) marks.push([column.get(name) as number, lead]);
    for (const name of tracked.task.responsibleUnits) {
      const c = column.get(name) as number;
      if (!tracked.task.leadUnits.includes(name)) marks.push([c, responsible]);
    }
    // Only as wide as the last unit the task names: the rest of the row stays empty.
    const width = Math.max(FIRST_UNIT_COLUMN, ...marks.map(([c]) => c + 1));
    const row: SpecValue[] = new Array<SpecValue>(width).fill(null);
    row[0] = tracked.task.id;
    row[1] = tracked.task.title;
    row[2] = pairedStatus(lang, names.tracker, tracked.key, i, tracked.status);
    for (const [c, mark] of marks) row[c] = mark;
    return row;
  });

  const first = MATRIX_FIRST_DATA_ROW;
  const last = matrixLastRow(model);
  const countRow = (label: string, mark: string, count: (u: UnitFigures) => number): SpecValue[] => [
    null,
    label,
    null,
    ...units.map((u, i): SpecValue => {
      const L = matrixUnitLetter(i);
      return { formula: `COUNTIF(${L}${first}:${L}${last},${formulaText(mark)})`, result: count(u) };
    }),
  ];
  const lastLetter = units.length > 0 ? matrixUnitLetter(units.length - 1) : MATRIX_STATUS_LETTER;
  const area = `${MATRIX_STATUS_LETTER}${first}:${lastLetter}${last}`;
  const rules: RuleSpec[] =
    rows.length === 0
      ? []
      : [
          ...STATUS_HIGHLIGHTS.map(([status, highlight]) => ({
            range: area,
            formula: `AND(${MATRIX_STATUS_LETTER}${first}<>"",$${MATRIX_STATUS_LETTER}${first}=${formulaText(statusWord(lang, status))})`,
            highlight,
          })),
          staleRule(STALE_NOTICE_CELL),
        ];

  const columns: ColumnSpec[] = [
    { header: t(lang, 'col.no'), width: 6, style: 'center' },
    { header: t(lang, 'col.task'), width: 30, style: 'wrap' },
    { header: t(lang, 'col.status'), width: 11, style: 'center' },
    ...units.map((u): ColumnSpec => ({ header: u.name, width: unitWidth(u.name), style: 'center' })),
  ];
  const headerRow = PREAMBLE_ROWS + 1;
  return {
    role: 'matrix',
    name: names.matrix,
    preamble: [
      { values: [t(lang, 'matrix.title', { asOf: model.asOf })], style: 'title' },
      {
        values: [
          t(lang, 'matrix.legend'),
          null,
          ...STATUS_HIGHLIGHTS.map(([status]) => statusWord(lang, status)),
          ...(rows.length === 0 ? [] : [staleNotice(lang, matrixStatusRange(model))]),
        ],
        style: 'subtitle',
      },
      { values: countRow(t(lang, 'matrix.ledTotal'), lead, (u) => u.lead), style: 'number' },
      {
        values: countRow(t(lang, 'matrix.partTotal'), responsible, (u) => u.responsible),
        style: 'number',
      },
    ],
    columns,
    rows,
    cellStyles: LEGEND_STYLES.map((style, i) => ({ address: `${columnLetters(2 + i)}2`, style })),
    freeze: { rows: headerRow, columns: FIRST_UNIT_COLUMN },
    autoFilter: `A${headerRow}:${lastLetter}${Math.max(last, first)}`,
    rules,
    print: { landscape: true, fitToWidth: true, repeatRows: `${headerRow}:${headerRow}` },
  };
}
