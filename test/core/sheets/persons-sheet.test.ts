import type { Person } from '../../../src/core/model';
import { personsSheet } from '../../../src/core/sheets/persons-sheet';
import { trackModel } from '../../helpers/tracked-model';

const p = (name: string, role: Person['role'], title: string | null = null): Person => ({
  name,
  role,
  title,
});

describe('personsSheet', () => {
  const model = trackModel([
    { persons: [p('王建国', 'direct', '科长'), p('李明', 'handler')], status: 'done' },
    { persons: [p('王建国', 'direct'), p('张敏', 'leader')], status: 'overdue' },
  ]);

  it('lists name, title, tasks per role, total, overdue and done, dated in the title', () => {
    const spec = personsSheet('zh-CN', model, '人员');
    expect(spec.preamble[0].values).toEqual(['人员任务（截至2026-11-30）']);
    expect(spec.columns.map((c) => c.header)).toEqual([
      '姓名',
      '职务',
      '直接责任人',
      '责任领导',
      '承办人',
      '任务数',
      '逾期',
      '已完成',
    ]);
    expect(spec.rows).toEqual([
      ['王建国', '科长', 2, 0, 0, 2, 1, 1],
      ['李明', null, 0, 0, 1, 1, 0, 1],
      ['张敏', null, 0, 1, 0, 1, 1, 0],
    ]);
  });

  it('highlights overdue counts with one rule over the column', () => {
    expect(personsSheet('en-US', model, 'Persons').rules).toEqual([
      { range: 'G4:G6', formula: 'G4>0', highlight: 'overdue' },
    ]);
  });
});
