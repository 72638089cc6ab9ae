/**
 * 星级评定: one row per area, its points and score summed over its block of tracker rows, a star
 * when the score reaches the star mark, and the grade. The rules sit in cells B2:B5 that every
 * formula refers to, so an office can change them in the workbook; a refresh reads them back.
 */
import { cellAt, cellText, type Grid } from '../grid';
import { LANGS, t, type Lang, type MessageKey } from '../../i18n';
import { starAreas, type StarAreas } from '../scoring/star-areas';
import { starRating, type StarGrade } from '../scoring/star-rating';
import { starRulesFrom, type StarRules } from '../scoring/star-rules';
import type { TrackModel } from '../track/refresh';
import { TRACKER_FIRST_DATA_ROW, trackerLetter } from '../track/tracker-columns';
import type { ViewBuilder } from '../track/views';
import { formulaText, sheetRef } from './sheet-ref';
import { matrixStatusRange } from './matrix-sheet';
import { staleNotice, staleRule } from './stale-rows';
import type { ColumnSpec, RuleSpec, SheetSpec, SpecValue } from './spec';

/** The rules in rows 2–5, in this order, label in A and value in B. */
const RULE_ROWS: [keyof StarRules, MessageKey][] = [
  ['areaMax', 'stars.areaMax'],
  ['starAt', 'stars.starAt'],
  ['topStars', 'stars.topStars'],
  ['passStars', 'stars.passStars'],
];
const RULE_CELL: Record<keyof StarRules, string> = {
  areaMax: '$B$2',
  starAt: '$B$3',
  topStars: '$B$4',
  passStars: '$B$5',
};
const STARS_ROW = 6;
const GRADE_ROW = 7;
const PREAMBLE_ROWS = GRADE_ROW;
const FIRST_DATA_ROW = PREAMBLE_ROWS + 2;

/** The rules an earlier stars sheet holds; defaults for any cell that is missing or not a number. */
export function readStarRules(grid: Grid | null): StarRules {
  const values: Partial<Record<keyof StarRules, unknown>> = {};
  if (grid) {
    RULE_ROWS.forEach(([rule, label], i) => {
      const row = i + 1;
      const labelled = LANGS.some((lang) => cellText(cellAt(grid, row, 0)) === t(lang, label));
      const text = cellText(cellAt(grid, row, 1));
      if (labelled && text !== '') values[rule] = Number(text);
    });
  }
  return starRulesFrom(values);
}

const ZH_DIGITS = '零一二三四五六七八九';

/** 十 for 10, 十二 for 12, 二十 for 20: how 十星级 is written. */
function starCount(lang: Lang, n: number): string {
  if (lang !== 'zh-CN' || n < 1 || n > 99) return String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  if (tens === 0) return ZH_DIGITS[ones];
  return `${tens === 1 ? '' : ZH_DIGITS[tens]}十${ones === 0 ? '' : ZH_DIGITS[ones]}`;
}

export function starsSheet(
  lang: Lang,
  model: TrackModel,
  names: { stars: string; tracker: string; matrix: string },
  found: StarAreas,
  rules: StarRules,
): SheetSpec {
  const { areas } = found;
  const rating = starRating(areas, rules);
  const gradeWord = (grade: StarGrade) =>
    t(lang, `stars.grade.${grade}` as MessageKey, { n: starCount(lang, rules.topStars) });
  const earned = t(lang, 'stars.earned');
  const missed = t(lang, 'stars.missed');
  const pending = t(lang, 'stars.pending');
  const markWord = { earned, missed, pending };

  const tracker = sheetRef(names.tracker);
  const block = (letter: string, first: number, count: number) =>
    `${tracker}$${letter}$${TRACKER_FIRST_DATA_ROW + first}:$${letter}$${TRACKER_FIRST_DATA_ROW + first + count - 1}`;
  const points = trackerLetter('points');
  const score = trackerLetter('score');
  const rows = areas.map((a, i): SpecValue[] => {
    const r = FIRST_DATA_ROW + i;
    return [
      a.name,
      { formula: `SUM(${block(points, a.first, a.tasks)})`, result: a.points },
      { formula: `SUM(${block(score, a.first, a.tasks)})`, result: a.score },
      a.tasks,
      { formula: `COUNT(${block(score, a.first, a.tasks)})`, result: a.scored },
      {
        formula: `IF(E${r}<D${r},${formulaText(pending)},IF(C${r}>=${RULE_CELL.starAt},${formulaText(earned)},${formulaText(missed)}))`,
        result: markWord[a.mark],
      },
    ];
  });

  const lastRow = FIRST_DATA_ROW + areas.length - 1;
  const stars = `F${FIRST_DATA_ROW}:F${lastRow}`;
  const starsCell = `B${STARS_ROW}`;
  const gradeCell = `B${GRADE_ROW}`;
  const gradeFormula =
    `IF(${starsCell}>=${RULE_CELL.topStars},${formulaText(gradeWord('top'))},` +
    `IF(${starsCell}>=${RULE_CELL.passStars},${formulaText(gradeWord('pass'))},` +
    `IF(${starsCell}+COUNTIF(${stars},${formulaText(pending)})>=${RULE_CELL.passStars},` +
    `${formulaText(gradeWord('pending'))},${formulaText(gradeWord('fail'))})))`;

  const ruleRows = RULE_ROWS.map(([rule, label], i): SheetSpec['preamble'][number] => ({
    values: [t(lang, label), rules[rule], ...(i === 0 ? [t(lang, 'stars.note')] : [])],
    style: 'body',
  }));
  const starMark = (word: string, highlight: RuleSpec['highlight']): RuleSpec => ({
    range: stars,
    formula: `F${FIRST_DATA_ROW}=${formulaText(word)}`,
    highlight,
  });
  const rulesSpec: RuleSpec[] = [
    // An area whose points no longer total the full marks (a points cell was changed).
    {
      range: `B${FIRST_DATA_ROW}:B${lastRow}`,
      formula: `ROUND(B${FIRST_DATA_ROW}-${RULE_CELL.areaMax},6)<>0`,
      highlight: 'missed',
    },
    starMark(earned, 'done'),
    starMark(missed, 'overdue'),
    starMark(pending, 'ongoing'),
    {
      range: gradeCell,
      formula: `OR(${gradeCell}=${formulaText(gradeWord('top'))},${gradeCell}=${formulaText(gradeWord('pass'))})`,
      highlight: 'done',
    },
    { range: gradeCell, formula: `${gradeCell}=${formulaText(gradeWord('fail'))}`, highlight: 'overdue' },
  ];

  const columns: ColumnSpec[] = [
    {
      header: t(lang, found.basis === 'section' ? 'stars.col.section' : 'stars.col.task'),
      width: 30,
      style: 'wrap',
    },
    { header: t(lang, 'stars.col.points'), width: 9, style: 'center' },
    { header: t(lang, 'stars.col.score'), width: 9, style: 'center' },
    { header: t(lang, 'stars.col.tasks'), width: 9, style: 'number' },
    { header: t(lang, 'stars.col.scored'), width: 9, style: 'number' },
    { header: t(lang, 'stars.col.star'), width: 8, style: 'center' },
  ];
  const headerRow = PREAMBLE_ROWS + 1;
  return {
    role: 'stars',
    name: names.stars,
    preamble: [
      {
        values: [
          t(lang, 'stars.title', { asOf: model.asOf }),
          ...new Array<SpecValue>(4).fill(null),
          staleNotice(lang, matrixStatusRange(model, names.matrix)),
        ],
        style: 'title',
      },
      ...ruleRows,
      {
        values: [
          t(lang, 'stars.count'),
          { formula: `COUNTIF(${stars},${formulaText(earned)})`, result: rating.stars },
        ],
        style: 'section',
      },
      {
        values: [t(lang, 'stars.grade'), { formula: gradeFormula, result: gradeWord(rating.grade) }],
        style: 'section',
      },
    ],
    columns,
    rows,
    cellStyles: RULE_ROWS.map((_, i) => ({ address: `B${i + 2}`, style: 'input' })),
    freeze: { rows: headerRow, columns: 1 },
    // At the far right of the title row (F1), so an empty notice never cuts the title short.
    rules: [...rulesSpec, staleRule('F1')],
    print: { landscape: false, fitToWidth: true, repeatRows: `${headerRow}:${headerRow}` },
  };
}

/** The stars sheet when the tasks form a star rating, with the rules the earlier sheet kept. */
export const starsView: ViewBuilder = (lang, model, names, context) => {
  const rules = readStarRules(context.earlier('stars'));
  const found = starAreas(model.tasks, rules);
  return found ? [starsSheet(lang, model, names, found, rules)] : [];
};
