import type { Person } from '../../../src/core/model';
import { personFigures } from '../../../src/core/scoring/person-figures';
import { trackModel } from '../../helpers/tracked-model';

const p = (name: string, role: Person['role'], title: string | null = null): Person => ({
  name,
  role,
  title,
});

describe('personFigures', () => {
  const model = trackModel([
    { persons: [p('王建国', 'direct'), p('李明', 'handler')], status: 'done' },
    { persons: [p('王建国', 'direct', '科长'), p('王建国', 'leader')], status: 'overdue' },
    { persons: [p('张敏', 'leader', '副局长'), p('王建国', 'handler')], status: 'overdue' },
    { persons: [p('李明', 'handler'), p('李明', 'handler')], status: 'on_track' },
  ]);
  const byName = Object.fromEntries(personFigures(model.tasks).map((f) => [f.name, f]));

  it('lists each name once, in order of first mention, with the first title given', () => {
    expect(personFigures(model.tasks).map((f) => [f.name, f.title])).toEqual([
      ['王建国', '科长'],
      ['李明', null],
      ['张敏', '副局长'],
    ]);
  });

  it('counts tasks per role, and each task once in the total and the status counts', () => {
    expect(byName['王建国']).toMatchObject({
      roles: { direct: 2, leader: 1, handler: 1 },
      tasks: 3,
      overdue: 2,
      done: 1,
    });
    expect(byName['李明']).toMatchObject({ roles: { direct: 0, leader: 0, handler: 2 }, tasks: 2, done: 1 });
    expect(byName['张敏']).toMatchObject({
      roles: { direct: 0, leader: 1, handler: 0 },
      tasks: 1,
      overdue: 1,
    });
  });
});
