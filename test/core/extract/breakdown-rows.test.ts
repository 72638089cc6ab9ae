import { breakdownSheet } from '../../../src/core/extract/breakdown-rows';
import { extractPlan } from '../../../src/core/extract/extract-plan';
import { planFixture } from './fixtures';

const asOf = '2026-06-01';

describe('breakdownSheet', () => {
  it('lays a plan out under the header track reads, with a heading row per section', () => {
    const sheet = breakdownSheet(extractPlan(planFixture('simplified-outline'), { asOf }));
    expect(sheet.title).toBe('2026年城区环境卫生整治工作方案任务分解表');
    expect(sheet.columns).toEqual([
      'id',
      'section',
      'task',
      'detail',
      'lead',
      'responsible',
      'direct',
      'handler',
      'deadline',
      'progress',
      'completion',
    ]);
    expect(
      sheet.rows.map((r) =>
        r.kind === 'section'
          ? r.text
          : [r.cells.id, r.cells.task, r.cells.lead, r.cells.responsible, r.cells.deadline, r.highlight],
      ),
    ).toEqual([
      '二、重点任务',
      [1, '背街小巷整治', '区城管局（区综合执法局）', '各街道办事处、区住建局', '6月底前', []],
      [2, '农贸市场提升', '区市场监管局', '区商务局、xx街道', '2026年11月30日前', ['responsible']],
      [3, '垃圾分类推进', '区城管局', '', '2026年11月30日前', ['responsible']],
    ]);
  });

  it('adds the points columns for score areas and a row per area', () => {
    const plan = extractPlan(
      '一、评选办法\n将各项指标分成创建理念、办公设施、班子团结三个方面，按照十分制考核，9分以上为一星。',
      { asOf, planYear: 2026 },
    );
    const sheet = breakdownSheet(plan);
    expect(sheet.columns).toContain('points');
    expect(sheet.columns).toContain('score');
    expect(sheet.rows.map((r) => (r.kind === 'section' ? r.text : [r.cells.task, r.cells.points]))).toEqual([
      '一、评选办法',
      ['创建理念', 10],
      ['办公设施', 10],
      ['班子团结', 10],
    ]);
  });

  it('writes a task assigned per scope as one row a scope, the shared cells merged', () => {
    const plan = extractPlan(
      '一、目标任务\n1、“社保扩面”。养老保险直接责任人：张三；承办人：李四。医疗保险直接责任人：王五；承办人：赵六。须在20xx年5月30日前完成。',
      { asOf, planYear: 2026 },
    );
    const items = breakdownSheet(plan).rows.filter((r) => r.kind === 'item');
    expect(
      items.map((r) =>
        r.kind === 'item'
          ? [
              r.cells.id,
              r.cells.task,
              r.cells.detail,
              r.cells.direct,
              r.cells.handler,
              r.cells.deadline,
              r.mergeWithAbove,
            ]
          : null,
      ),
    ).toEqual([
      ['1.1', '社保扩面', '养老保险', '张三', '李四', '20xx年5月30日前', []],
      [
        '1.2',
        '社保扩面',
        '医疗保险',
        '王五',
        '赵六',
        '20xx年5月30日前',
        ['section', 'task', 'lead', 'responsible', 'deadline'],
      ],
    ]);
  });
});
