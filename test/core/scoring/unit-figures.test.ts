import { unitFigures } from '../../../src/core/scoring/unit-figures';
import { trackModel } from '../../helpers/tracked-model';

describe('unitFigures', () => {
  it('puts the units that lead first, most tasks led first, then the others by first mention', () => {
    const model = trackModel([
      { lead: ['办公室'], resp: ['城南分局'] },
      { lead: ['执法大队'], resp: ['城北分局', '城南分局'] },
      { lead: ['执法大队'], resp: ['办公室'] },
      { lead: ['法规科'], resp: ['黄土岭分局'] },
    ]);
    expect(unitFigures(model.tasks).map((u) => u.name)).toEqual([
      '执法大队',
      '办公室',
      '法规科',
      '城南分局',
      '城北分局',
      '黄土岭分局',
    ]);
  });

  it('counts a unit once per task, as lead, when it is listed both ways', () => {
    const [unit] = unitFigures(trackModel([{ lead: ['办公室'], resp: ['办公室', '城南分局'] }]).tasks);
    expect(unit).toMatchObject({ name: '办公室', lead: 1, responsible: 0, total: 1 });
  });

  it('uses the tracked status, points and score, not the source reading', () => {
    const model = trackModel([{ lead: ['办公室'], status: 'done', points: 5, score: 4 }]);
    model.tasks[0].task.status = 'overdue';
    model.tasks[0].task.score = null;
    expect(unitFigures(model.tasks)[0]).toMatchObject({ done: 1, overdue: 0, points: 5, score: 4 });
  });

  it('ranks by completion rate, then fewer overdue; ties share a rank', () => {
    const model = trackModel([
      { lead: ['甲'], status: 'done' },
      { lead: ['甲'], status: 'overdue' },
      { lead: ['乙'], status: 'done' },
      { lead: ['乙'], status: 'on_track' },
      { lead: ['丙'], status: 'done' },
      { lead: ['丙'], status: 'due_soon' },
      { lead: ['丁'], status: 'done' },
      { lead: ['戊'], status: 'overdue' },
    ]);
    const ranks = Object.fromEntries(
      unitFigures(model.tasks).map((u) => [u.name, [u.completionRate, u.rank]]),
    );
    expect(ranks).toEqual({
      甲: [0.5, 4],
      乙: [0.5, 2],
      丙: [0.5, 2],
      丁: [1, 1],
      戊: [0, 5],
    });
  });
});
