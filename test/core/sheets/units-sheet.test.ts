import { isFormula, type SpecValue } from '../../../src/core/sheets/spec';
import { unitsSheet } from '../../../src/core/sheets/units-sheet';
import { unitFigures } from '../../../src/core/scoring/unit-figures';
import type { TrackModel } from '../../../src/core/track/refresh';
import { trackerLetter } from '../../../src/core/track/tracker-columns';
import { trackModel, type TaskShape } from '../../helpers/tracked-model';

const NAMES = { units: '单位汇总', matrix: '责任矩阵', tracker: '跟踪台账' };
const SHAPES: TaskShape[] = [
  { lead: ['市场监管科'], resp: ['城南分局'], status: 'done', points: 5, score: 5 },
  { lead: ['执法大队'], resp: ['城南分局'], status: 'overdue', points: 5, score: null },
  { lead: ['广告监管科'], resp: ['执法大队'], status: 'done', points: 5, score: 4 },
  { lead: ['广告监管科'], resp: ['执法大队'], status: 'due_soon', points: 5, score: null },
];

function build(model: TrackModel, lang: 'zh-CN' | 'en-US' = 'zh-CN') {
  return unitsSheet(lang, model, NAMES, unitFigures(model.tasks));
}

function formula(value: SpecValue): { formula: string; result: unknown } {
  if (!isFormula(value)) throw new Error(`not a formula: ${JSON.stringify(value)}`);
  return value;
}

/** Row of the named unit as header → cell. */
function rowOf(
  spec: ReturnType<typeof build>,
  unit: string,
): Record<string, { formula: string; result: unknown }> {
  const row = spec.rows.find((r) => r[0] === unit);
  if (!row) throw new Error(`no row for ${unit}`);
  return Object.fromEntries(spec.columns.slice(1).map((c, i) => [c.header, formula(row[i + 1])]));
}

describe('unitsSheet', () => {
  const spec = build(trackModel(SHAPES));

  it('has the unit figures as columns, with the scoring ones when the sheet is scored', () => {
    expect(spec.columns.map((c) => c.header)).toEqual([
      '单位',
      '牵头',
      '参与',
      '已完成',
      '按进度推进',
      '临期',
      '逾期',
      '未评分',
      '完成率',
      '分值合计',
      '得分合计',
      '排名',
    ]);
    const unscored = build(trackModel(SHAPES.map((s) => ({ ...s, points: null, score: null }))));
    expect(unscored.columns.map((c) => c.header)).not.toContain('未评分');
    expect(unscored.columns.map((c) => c.header)).not.toContain('得分合计');
  });

  it('caches the figures the core computes (执法大队: led 1, taking part 2, done 1, due soon 1, overdue 1)', () => {
    const row = rowOf(spec, '执法大队');
    const results = Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v.result]));
    expect(results).toEqual({
      牵头: 1,
      参与: 2,
      已完成: 1,
      按进度推进: 0,
      临期: 1,
      逾期: 1,
      未评分: 1,
      完成率: 1 / 3,
      分值合计: 15,
      得分合计: 4,
      排名: 4,
    });
  });

  it('refers each unit to its own matrix column, rows aligned with the tracker', () => {
    // 执法大队 is the third unit (leads first, most led first: 广告监管科, 市场监管科, 执法大队) → matrix column F.
    const row = rowOf(spec, '执法大队');
    expect(row['牵头'].formula).toBe("'责任矩阵'!F3");
    expect(row['参与'].formula).toBe("'责任矩阵'!F4");
    expect(row['逾期'].formula).toBe(`COUNTIFS('责任矩阵'!$F$6:$F$9,"<>",'责任矩阵'!$C$6:$C$9,"逾期")`);
    const P = trackerLetter('points');
    expect(row['分值合计'].formula).toBe(`SUMIFS('跟踪台账'!$${P}$4:$${P}$7,'责任矩阵'!$F$6:$F$9,"<>")`);
    expect(row['完成率'].formula).toBe('D6/(B6+C6)');
  });

  it('ranks by a formula that compares rates as numbers, then overdue counts', () => {
    expect(rowOf(spec, '执法大队')['排名'].formula).toBe(
      'SUMPRODUCT(($I$4:$I$7>I6)+($I$4:$I$7=I6)*($G$4:$G$7<G6))+1',
    );
    expect(spec.rows.map((r) => [r[0], formula(r[11]).result])).toEqual([
      ['广告监管科', 2],
      ['市场监管科', 1],
      ['执法大队', 4],
      ['城南分局', 3],
    ]);
  });

  it('writes status words and headers in English with en-US', () => {
    const en = build(trackModel(SHAPES), 'en-US');
    expect(en.columns.map((c) => c.header)).toContain('Overdue');
    expect(formula(en.rows[0][3]).formula).toContain('"Done"');
  });

  it('has a data bar on the completion rate and four rules, whatever the number of units', () => {
    expect(spec.dataBars).toEqual([{ range: 'I4:I7', color: '63BE7B' }]);
    const many = Array.from({ length: 3000 }, (_, i): TaskShape => ({
      lead: [`单位${i % 200}`],
      resp: [`单位${(i + 3) % 200}`],
      points: 5,
    }));
    const large = build(trackModel(many));
    expect(large.rows).toHaveLength(200);
    expect(large.rules).toHaveLength(spec.rules?.length ?? -1);
    expect(large.dataBars).toHaveLength(1);
    // Overdue, due soon, unscored; and the notice when tracker rows are out of place.
    expect(spec.rules).toHaveLength(4);
  });

  it('says at the right of its title when tracker rows are out of place, as the matrix counts them', () => {
    const title = spec.preamble[0].values;
    const notice = formula(title[title.length - 1]);
    expect(notice.formula).toMatch(
      /^IF\(COUNTIF\('责任矩阵'!\$C\$6:\$C\$\d+,"需刷新"\)>0,"跟踪台账的行序已改变/,
    );
    expect(notice.result).toBe('');
    expect(spec.rules).toContainEqual({ range: 'L1', formula: 'L1<>""', highlight: 'overdue' });
  });
});
