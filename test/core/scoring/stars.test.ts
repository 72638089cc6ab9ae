import { starAreas } from '../../../src/core/scoring/star-areas';
import { starRating } from '../../../src/core/scoring/star-rating';
import { DEFAULT_STAR_RULES, starRulesFrom } from '../../../src/core/scoring/star-rules';
import { trackModel, type TaskShape } from '../../helpers/tracked-model';

const TEN_AREAS = [9, 10, 8, 9, 9, 10, 9, 7, 9, 9];
const AREA_NAMES = [
  '组织领导',
  '思想道德',
  '诚信建设',
  '文化建设',
  '环境卫生',
  '公共秩序',
  '志愿服务',
  '社会治安',
  '窗口服务',
  '群众满意',
];

/** Ten areas, each one task worth 10, scored as given (null = not scored yet). */
function tasksScored(scores: (number | null)[]): TaskShape[] {
  return scores.map((score, i) => ({ title: AREA_NAMES[i], points: 10, score }));
}

describe('starRulesFrom', () => {
  it('keeps the values that make sense and falls back to the defaults for the rest', () => {
    expect(starRulesFrom({})).toEqual(DEFAULT_STAR_RULES);
    expect(starRulesFrom({ areaMax: 100, starAt: 90, topStars: 8, passStars: 6 })).toEqual({
      areaMax: 100,
      starAt: 90,
      topStars: 8,
      passStars: 6,
    });
    expect(starRulesFrom({ areaMax: '十', starAt: -1, topStars: 7.5, passStars: NaN })).toEqual(
      DEFAULT_STAR_RULES,
    );
  });

  it('never lets the star mark exceed full marks, nor the pass grade the top grade', () => {
    expect(starRulesFrom({ areaMax: 5, starAt: 6 })).toMatchObject({ areaMax: 5, starAt: 5 });
    expect(starRulesFrom({ topStars: 5, passStars: 6 })).toMatchObject({ topStars: 5, passStars: 5 });
  });
});

describe('starAreas and starRating', () => {
  it('9,10,8,9,9,10,9,7,9,9 out of 10: eight stars, 达标', () => {
    const found = starAreas(trackModel(tasksScored(TEN_AREAS)).tasks, DEFAULT_STAR_RULES);
    expect(found?.basis).toBe('task');
    expect(found?.areas.map((a) => a.mark)).toEqual([
      'earned',
      'earned',
      'missed',
      'earned',
      'earned',
      'earned',
      'earned',
      'missed',
      'earned',
      'earned',
    ]);
    expect(starRating(found?.areas ?? [], DEFAULT_STAR_RULES)).toEqual({
      stars: 8,
      pending: 0,
      grade: 'pass',
    });
  });

  it('ten stars is the top grade; six is not passed; open while unscored areas could still pass', () => {
    const rate = (scores: (number | null)[]) => {
      const found = starAreas(trackModel(tasksScored(scores)).tasks, DEFAULT_STAR_RULES);
      return starRating(found?.areas ?? [], DEFAULT_STAR_RULES).grade;
    };
    expect(rate([9, 10, 9, 9, 9, 10, 9, 9.5, 9, 9])).toBe('top');
    expect(rate([9, 10, 8, 9, 9, 8, 9, 7, 8, 9])).toBe('fail');
    expect(rate([9, 10, 8, 9, 9, 8, null, null, 8, 9])).toBe('pending');
    expect(rate([8, 8, 8, 8, 8, 9, null, null, 8, 9])).toBe('fail');
  });

  it('takes sections as areas when each section totals the full marks', () => {
    const shapes: TaskShape[] = AREA_NAMES.flatMap((section, i) => [
      { section, points: 6, score: i === 0 ? 5 : 6 },
      { section, points: 3.3, score: 3 },
      { section, points: 0.7, score: null },
    ]);
    const found = starAreas(trackModel(shapes).tasks, DEFAULT_STAR_RULES);
    expect(found?.basis).toBe('section');
    expect(found?.areas.map((a) => [a.name, a.first, a.tasks, a.scored])[1]).toEqual(['思想道德', 3, 3, 2]);
    expect(found?.areas.every((a) => a.mark === 'pending')).toBe(true);
  });

  it('is no star rating when the areas are not scored out of the full marks, or too few', () => {
    const rules = DEFAULT_STAR_RULES;
    expect(starAreas(trackModel(TEN_AREAS.map(() => ({ points: 5, score: 5 }))).tasks, rules)).toBeNull();
    expect(starAreas(trackModel(tasksScored([9, 9, 9, 9, 9, 9])).tasks, rules)).toBeNull();
    const mixed = tasksScored(TEN_AREAS);
    mixed[4] = { ...mixed[4], points: 5 };
    expect(starAreas(trackModel(mixed).tasks, rules)).toBeNull();
  });

  it('follows the rules given: areas out of 100, a star from 80', () => {
    const rules = starRulesFrom({ areaMax: 100, starAt: 80 });
    const shapes = TEN_AREAS.map((s, i): TaskShape => ({ title: AREA_NAMES[i], points: 100, score: s * 10 }));
    const found = starAreas(trackModel(shapes).tasks, rules);
    expect(starRating(found?.areas ?? [], rules)).toEqual({ stars: 9, pending: 0, grade: 'pass' });
  });
});
