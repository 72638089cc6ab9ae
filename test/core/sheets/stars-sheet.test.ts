import type { CellValue, Grid } from '../../../src/core/grid';
import { starAreas } from '../../../src/core/scoring/star-areas';
import { DEFAULT_STAR_RULES, type StarRules } from '../../../src/core/scoring/star-rules';
import { isFormula, type SheetSpec, type SpecValue } from '../../../src/core/sheets/spec';
import { readStarRules, starsSheet } from '../../../src/core/sheets/stars-sheet';
import type { TrackModel } from '../../../src/core/track/refresh';
import { trackerLetter } from '../../../src/core/track/tracker-columns';
import { specToGrid } from '../../helpers/spec-grid';
import { trackModel, type TaskShape } from '../../helpers/tracked-model';

const SCORES = [9, 10, 8, 9, 9, 10, 9, 7, 9, 9];
const AREAS: TaskShape[] = SCORES.map((score, i) => ({ title: `方面${i + 1}`, points: 10, score }));
const NAMES = { stars: '星级评定', tracker: '跟踪台账', matrix: '责任矩阵' };

function build(model: TrackModel, rules: StarRules = DEFAULT_STAR_RULES, lang: 'zh-CN' | 'en-US' = 'zh-CN') {
  const found = starAreas(model.tasks, rules);
  if (!found) throw new Error('no star rating');
  return starsSheet(lang, model, NAMES, found, rules);
}

function formula(value: SpecValue): { formula: string; result: unknown } {
  if (!isFormula(value)) throw new Error(`not a formula: ${JSON.stringify(value)}`);
  return value;
}

function withCell(grid: Grid, row: number, col: number, value: CellValue): Grid {
  const rows = grid.rows.map((r) => [...r]);
  rows[row][col] = value;
  return { ...grid, rows };
}

describe('starsSheet', () => {
  const spec = build(trackModel(AREAS));

  it('rates 9,10,8,9,9,10,9,7,9,9 out of 10 as eight stars, 达标, by formulas with cached results', () => {
    expect(spec.preamble[5].values[0]).toBe('星数');
    expect(formula(spec.preamble[5].values[1])).toEqual({ formula: 'COUNTIF(F9:F18,"★")', result: 8 });
    const grade = formula(spec.preamble[6].values[1]);
    expect(grade.result).toBe('达标');
    expect(grade.formula).toBe(
      'IF(B6>=$B$4,"十星级",IF(B6>=$B$5,"达标",IF(B6+COUNTIF(F9:F18,"待评")>=$B$5,"待定","未达标")))',
    );
    expect(spec.rows.map((r) => formula(r[5]).result).join('')).toBe('★★☆★★★★☆★★');
  });

  it('sums each area over its block of tracker rows', () => {
    const [P, Q] = [trackerLetter('points'), trackerLetter('score')];
    expect(spec.rows[2].slice(0, 5)).toEqual([
      '方面3',
      { formula: `SUM('跟踪台账'!$${P}$6:$${P}$6)`, result: 10 },
      { formula: `SUM('跟踪台账'!$${Q}$6:$${Q}$6)`, result: 8 },
      1,
      { formula: `COUNT('跟踪台账'!$${Q}$6:$${Q}$6)`, result: 1 },
    ]);
    expect(formula(spec.rows[2][5]).formula).toBe('IF(E11<D11,"待评",IF(C11>=$B$3,"★","☆"))');
  });

  it('reads its rules back from the sheet it wrote, and an edited rule is kept', () => {
    const grid = specToGrid(spec);
    expect(readStarRules(grid)).toEqual(DEFAULT_STAR_RULES);
    const edited = withCell(withCell(grid, 2, 1, 8), 4, 1, 9);
    expect(readStarRules(edited)).toEqual({ ...DEFAULT_STAR_RULES, starAt: 8, passStars: 9 });
    const rules = readStarRules(edited);
    const rebuilt = build(trackModel(AREAS), rules);
    expect(rebuilt.preamble.slice(1, 5).map((r) => r.values[1])).toEqual([10, 8, 10, 9]);
    expect(formula(rebuilt.preamble[5].values[1]).result).toBe(9);
    expect(formula(rebuilt.preamble[6].values[1]).result).toBe('达标');
  });

  it('ignores cells that do not carry its labels', () => {
    const grid = specToGrid(spec);
    expect(readStarRules(withCell(grid, 2, 0, '别的内容'))).toEqual(DEFAULT_STAR_RULES);
    expect(readStarRules(withCell(grid, 2, 1, '九分'))).toEqual(DEFAULT_STAR_RULES);
    expect(readStarRules(null)).toEqual(DEFAULT_STAR_RULES);
  });

  it('keeps a fixed set of rules and styled cells whatever the number of areas', () => {
    const many = Array.from({ length: 5000 }, (_, i): TaskShape => ({ points: 10, score: i % 11 }));
    const large: SheetSpec = build(trackModel(many));
    expect(large.rows).toHaveLength(5000);
    expect(large.rules).toHaveLength(spec.rules?.length ?? -1);
    expect(large.cellStyles).toEqual(spec.cellStyles);
  });

  it('names the top grade in English as 10-star', () => {
    const en = build(trackModel(AREAS), DEFAULT_STAR_RULES, 'en-US');
    expect(formula(en.preamble[6].values[1]).formula).toContain('"10-star"');
    expect(formula(en.preamble[6].values[1]).result).toBe('Pass');
  });
});
