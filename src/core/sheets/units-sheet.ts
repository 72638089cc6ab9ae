/**
 * 单位汇总: one row per unit, in matrix order (row i is matrix unit column i). Every figure is a
 * formula over the matrix and the tracker, which line up row for row, with its cached value
 * from the core; so the sheet stays right when an entry in the tracker changes.
 */
import { columnLetters } from '../grid';
import { t, type Lang } from '../../i18n';
import type { Status } from '../model';
import type { UnitFigures } from '../scoring/unit-figures';
import type { TrackModel } from '../track/refresh';
import { TRACKER_FIRST_DATA_ROW, trackerLetter } from '../track/tracker-columns';
import {
  MATRIX_FIRST_DATA_ROW,
  MATRIX_LED_ROW,
  MATRIX_PART_ROW,
  matrixLastRow,
  matrixStatusRange,
  matrixUnitLetter,
} from './matrix-sheet';
import { formulaText, sheetRef } from './sheet-ref';
import { staleNotice, staleRule } from './stale-rows';
import type { ColumnSpec, FormulaValue, RuleSpec, SheetSpec, SpecValue, StyleKey } from './spec';
import { statusWord } from './tracker-sheet';

const PREAMBLE_ROWS = 2;
const FIRST_DATA_ROW = PREAMBLE_ROWS + 2;

type Figure =
  | 'led'
  | 'participating'
  | 'done'
  | 'on_track'
  | 'due_soon'
  | 'overdue'
  | 'unscored'
  | 'rate'
  | 'points'
  | 'score'
  | 'rank';

const STATUS_FIGURES = ['done', 'on_track', 'due_soon', 'overdue'] as const satisfies readonly Status[];

/** What a figure's formula can refer to, for the unit on sheet row `row`. */
interface Refs {
  /** This unit's column in the matrix, over the task rows. */
  unit: string;
  /** The unit's cells in the matrix totals rows. */
  led: string;
  participating: string;
  /** The matrix status column and the tracker's score and points columns, same shape as `unit`. */
  status: string;
  score: string;
  points: string;
  /** This sheet's cell of another figure in the same row, and its whole column. */
  cell(figure: Figure): string;
  column(figure: Figure): string;
}

export function unitsSheet(
  lang: Lang,
  model: TrackModel,
  names: { units: string; matrix: string; tracker: string },
  units: readonly UnitFigures[],
): SheetSpec {
  const figures: Figure[] = [
    'led',
    'participating',
    ...STATUS_FIGURES,
    ...(model.hasScoring ? (['unscored'] as const) : []),
    'rate',
    ...(model.hasScoring ? (['points', 'score'] as const) : []),
    'rank',
  ];
  const letterOf = (figure: Figure) => columnLetters(1 + figures.indexOf(figure));
  const lastRow = FIRST_DATA_ROW + units.length - 1;
  const word = (status: Status) => formulaText(statusWord(lang, status));

  const matrix = sheetRef(names.matrix);
  const tracker = sheetRef(names.tracker);
  const mFirst = MATRIX_FIRST_DATA_ROW;
  const mLast = matrixLastRow(model);
  const trackerRange = (letter: string) =>
    `${tracker}$${letter}$${TRACKER_FIRST_DATA_ROW}:$${letter}$${TRACKER_FIRST_DATA_ROW + model.tasks.length - 1}`;
  const scoreRange = trackerRange(trackerLetter('score'));
  const pointsRange = trackerRange(trackerLetter('points'));
  const statusRange = matrixStatusRange(model, names.matrix);

  const formulas: Record<Figure, (r: Refs) => string> = {
    led: (r) => r.led,
    participating: (r) => r.participating,
    done: (r) => `COUNTIFS(${r.unit},"<>",${r.status},${word('done')})`,
    on_track: (r) => `COUNTIFS(${r.unit},"<>",${r.status},${word('on_track')})`,
    due_soon: (r) => `COUNTIFS(${r.unit},"<>",${r.status},${word('due_soon')})`,
    overdue: (r) => `COUNTIFS(${r.unit},"<>",${r.status},${word('overdue')})`,
    // The tracker's own rule: no score yet on a task that is done or overdue.
    unscored: (r) =>
      `COUNTIFS(${r.unit},"<>",${r.score},"",${r.status},${word('done')})` +
      `+COUNTIFS(${r.unit},"<>",${r.score},"",${r.status},${word('overdue')})`,
    rate: (r) => `${r.cell('done')}/(${r.cell('led')}+${r.cell('participating')})`,
    points: (r) => `SUMIFS(${r.points},${r.unit},"<>")`,
    score: (r) => `SUMIFS(${r.score},${r.unit},"<>")`,
    // Compared as numbers, not as ">"&text, which would round rates to 15 digits.
    rank: (r) =>
      `SUMPRODUCT((${r.column('rate')}>${r.cell('rate')})+(${r.column('rate')}=${r.cell('rate')})*(${r.column('overdue')}<${r.cell('overdue')}))+1`,
  };
  const cached: Record<Figure, (u: UnitFigures) => number> = {
    led: (u) => u.lead,
    participating: (u) => u.responsible,
    done: (u) => u.done,
    on_track: (u) => u.on_track,
    due_soon: (u) => u.due_soon,
    overdue: (u) => u.overdue,
    unscored: (u) => u.unscored,
    rate: (u) => u.completionRate,
    points: (u) => u.points,
    score: (u) => u.score,
    rank: (u) => u.rank,
  };

  const rows = units.map((u, i): SpecValue[] => {
    const L = matrixUnitLetter(i);
    const refs: Refs = {
      unit: `${matrix}$${L}$${mFirst}:$${L}$${mLast}`,
      led: `${matrix}${L}${MATRIX_LED_ROW}`,
      participating: `${matrix}${L}${MATRIX_PART_ROW}`,
      status: statusRange,
      score: scoreRange,
      points: pointsRange,
      cell: (f) => `${letterOf(f)}${FIRST_DATA_ROW + i}`,
      column: (f) => `$${letterOf(f)}$${FIRST_DATA_ROW}:$${letterOf(f)}$${lastRow}`,
    };
    return [
      u.name,
      ...figures.map((f): FormulaValue => ({ formula: formulas[f](refs), result: cached[f](u) })),
    ];
  });

  const headers: Record<Figure, string> = {
    led: t(lang, 'units.col.led'),
    participating: t(lang, 'units.col.participating'),
    done: statusWord(lang, 'done'),
    on_track: statusWord(lang, 'on_track'),
    due_soon: statusWord(lang, 'due_soon'),
    overdue: statusWord(lang, 'overdue'),
    unscored: t(lang, 'status.unscored'),
    rate: t(lang, 'units.col.rate'),
    points: t(lang, 'units.col.points'),
    score: t(lang, 'units.col.score'),
    rank: t(lang, 'units.col.rank'),
  };
  const styleOf = (f: Figure): StyleKey =>
    f === 'rate' ? 'percent' : f === 'points' || f === 'score' ? 'center' : 'number';
  const columns: ColumnSpec[] = [
    { header: t(lang, 'units.col.unit'), width: 22, style: 'wrap' },
    ...figures.map((f): ColumnSpec => ({
      header: headers[f],
      width: f === 'rate' ? 12 : 9,
      style: styleOf(f),
    })),
  ];

  const hasRows = units.length > 0;
  const positive = (f: Figure, highlight: RuleSpec['highlight']): RuleSpec => ({
    range: `${letterOf(f)}${FIRST_DATA_ROW}:${letterOf(f)}${lastRow}`,
    formula: `${letterOf(f)}${FIRST_DATA_ROW}>0`,
    highlight,
  });
  const lastLetter = letterOf('rank');
  // At the far right of the title row, so an empty notice never cuts the title short.
  const noticeCell = `${lastLetter}1`;
  const rules: RuleSpec[] = !hasRows
    ? []
    : [
        positive('overdue', 'overdue'),
        positive('due_soon', 'dueSoon'),
        ...(model.hasScoring ? [positive('unscored', 'unscored')] : []),
        staleRule(noticeCell),
      ];
  const headerRow = PREAMBLE_ROWS + 1;
  return {
    role: 'units',
    name: names.units,
    preamble: [
      {
        values: [
          t(lang, 'units.title', { asOf: model.asOf }),
          ...(hasRows
            ? [...new Array<SpecValue>(figures.length - 1).fill(null), staleNotice(lang, statusRange)]
            : []),
        ],
        style: 'title',
      },
      { values: [t(lang, 'units.note')], style: 'subtitle' },
    ],
    columns,
    rows,
    freeze: { rows: headerRow, columns: 1 },
    autoFilter: `A${headerRow}:${lastLetter}${Math.max(lastRow, FIRST_DATA_ROW)}`,
    rules,
    dataBars: hasRows
      ? [{ range: `${letterOf('rate')}${FIRST_DATA_ROW}:${letterOf('rate')}${lastRow}`, color: '63BE7B' }]
      : [],
    print: { landscape: false, fitToWidth: true, repeatRows: `${headerRow}:${headerRow}` },
  };
}
