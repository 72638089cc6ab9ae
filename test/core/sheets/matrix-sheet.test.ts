import { matrixSheet, MATRIX_FIRST_DATA_ROW } from '../../../src/core/sheets/matrix-sheet';
import { isFormula, type SpecValue } from '../../../src/core/sheets/spec';
import { unitFigures } from '../../../src/core/scoring/unit-figures';
import type { TrackModel } from '../../../src/core/track/refresh';
import { TRACKER_FIRST_DATA_ROW, trackerLetter } from '../../../src/core/track/tracker-columns';
import { trackModel, type TaskShape } from '../../helpers/tracked-model';

const NAMES = { matrix: '责任矩阵', tracker: '跟踪台账' };
const SHAPES: TaskShape[] = [
  { lead: ['市场监管科'], resp: ['城南分局', '城北分局'], status: 'done' },
  { lead: ['执法大队'], resp: ['城南分局'], status: 'overdue' },
  { lead: ['市场监管科'], resp: ['各市场开办者'], status: 'ongoing' },
];

function build(model: TrackModel, lang: 'zh-CN' | 'en-US' = 'zh-CN', names = NAMES) {
  return matrixSheet(lang, model, names, unitFigures(model.tasks));
}

function formula(value: SpecValue | undefined): { formula: string; result: unknown } {
  if (value === undefined || !isFormula(value)) throw new Error(`not a formula: ${JSON.stringify(value)}`);
  return value;
}

describe('matrixSheet', () => {
  const spec = build(trackModel(SHAPES));

  it('has one column per unit, leads first, and 牵/责 in each task row', () => {
    expect(spec.columns.map((c) => c.header)).toEqual([
      '序号',
      '工作任务',
      '状态',
      '市场监管科',
      '执法大队',
      '城南分局',
      '城北分局',
      '各市场开办者',
    ]);
    expect(spec.rows.map((r) => r.slice(3))).toEqual([
      ['牵', null, '责', '责'],
      [null, '牵', '责'],
      ['牵', null, null, null, '责'],
    ]);
  });

  it('refers row i to the tracker status of task i, checking the row still holds that task', () => {
    const [key, status] = [trackerLetter('key'), trackerLetter('status')];
    const paired = (i: number, result: string) => {
      const row = TRACKER_FIRST_DATA_ROW + i;
      const at = `'跟踪台账'!`;
      return { formula: `IF(${at}${key}${row}="k${i + 1}",${at}${status}${row},"需刷新")`, result };
    };
    expect(spec.rows.map((r) => formula(r[2]))).toEqual([
      paired(0, '已完成'),
      paired(1, '逾期'),
      paired(2, '长期'),
    ]);
  });

  it('says, next to the legend and in red, when tracker rows are out of place', () => {
    const last = MATRIX_FIRST_DATA_ROW + SHAPES.length - 1;
    expect(formula(spec.preamble[1].values[6])).toEqual({
      formula: `IF(COUNTIF($C$${MATRIX_FIRST_DATA_ROW}:$C$${last},"需刷新")>0,"跟踪台账的行序已改变（如排序），本表数字需“刷新”后才准确","")`,
      result: '',
    });
    expect(spec.rules).toContainEqual({ range: 'G2', formula: 'G2<>""', highlight: 'overdue' });
  });

  it('quotes any tracker name, doubling an apostrophe', () => {
    const other = build(trackModel(SHAPES), 'zh-CN', { matrix: '责任矩阵', tracker: "跟踪台账 (2) O'Neil" });
    expect(formula(other.rows[0][2]).formula).toContain(`'跟踪台账 (2) O''Neil'!${trackerLetter('status')}4`);
  });

  it('totals tasks led and taken part in per unit above the table, as COUNTIF formulas', () => {
    const last = MATRIX_FIRST_DATA_ROW + SHAPES.length - 1;
    const led = spec.preamble[2].values.slice(3).map(formula);
    const part = spec.preamble[3].values.slice(3).map(formula);
    expect(led[0]).toEqual({ formula: `COUNTIF(D${MATRIX_FIRST_DATA_ROW}:D${last},"牵")`, result: 2 });
    expect(part[2]).toEqual({ formula: `COUNTIF(F${MATRIX_FIRST_DATA_ROW}:F${last},"责")`, result: 2 });
    expect(led.map((f) => f.result)).toEqual([2, 1, 0, 0, 0]);
    expect(part.map((f) => f.result)).toEqual([0, 0, 2, 1, 1]);
  });

  it('colours by status with four rules over the status and unit columns, in the workbook language', () => {
    const first = MATRIX_FIRST_DATA_ROW;
    expect(spec.rules).toContainEqual({
      range: `C${first}:H${first + 2}`,
      formula: `AND(C${first}<>"",$C${first}="逾期")`,
      highlight: 'overdue',
    });
    const en = build(trackModel(SHAPES), 'en-US');
    expect(en.rules?.map((r) => r.formula)).toEqual([
      `AND(C${first}<>"",$C${first}="Overdue")`,
      `AND(C${first}<>"",$C${first}="Due soon")`,
      `AND(C${first}<>"",$C${first}="Done")`,
      `AND(C${first}<>"",$C${first}="Ongoing")`,
      'G2<>""',
    ]);
    expect(en.rows[0].slice(3)).toEqual(['L', null, 'R', 'R']);
  });

  it('keeps rules and styled cells fixed while tasks and units grow; rows stop at their last unit', () => {
    const many = (tasks: number, units: number): TaskShape[] =>
      Array.from({ length: tasks }, (_, i) => ({
        lead: [`单位${i % units}`],
        resp: [`单位${(i + 1) % units}`, `单位${(i + 7) % units}`],
        status: (['done', 'overdue', 'due_soon', 'on_track'] as const)[i % 4],
      }));
    const small = build(trackModel(many(10, 5)));
    const large = build(trackModel(many(10_000, 200)));
    expect(large.columns).toHaveLength(203);
    expect(large.rules).toHaveLength(small.rules?.length ?? -1);
    expect(large.cellStyles).toEqual(small.cellStyles);
    expect(large.rowStyles).toEqual(small.rowStyles);
    const marks = large.rows.reduce((n, r) => n + r.slice(3).filter((v) => v !== null).length, 0);
    expect(marks).toBe(30_000);
    expect(large.rows.every((r) => r[r.length - 1] !== null)).toBe(true);
  });

  it('writes no rules when there are no tasks', () => {
    expect(build(trackModel([])).rules).toEqual([]);
  });
});
