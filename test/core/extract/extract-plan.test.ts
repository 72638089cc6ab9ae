import { extractPlan } from '../../../src/core/extract/extract-plan';
import { splitPlans } from '../../../src/core/extract/split-plans';
import { planFixture } from './fixtures';

const asOf = '2026-06-01';

describe('extractPlan on a Simplified plan with 一、/（一）/1. levels', () => {
  const plan = extractPlan(planFixture('simplified-outline'), { asOf });

  it('takes the title and its year, and drops the page chrome', () => {
    expect([plan.title, plan.planYear]).toEqual(['2026年城区环境卫生整治工作方案', 2026]);
    expect(plan.sections.map((s) => [s.heading, s.kind])).toEqual([
      ['一、指导思想', 'preamble'],
      ['二、重点任务', 'tasks'],
      ['三、工作要求', 'requirements'],
    ]);
  });

  it('makes the （一） items tasks, with their 1. items as content and their unit lines as units', () => {
    expect(plan.tasks.map((t) => [t.title, t.detail, t.leadUnits, t.responsibleUnits])).toEqual([
      [
        '背街小巷整治',
        '1.清理背街小巷乱堆乱放，6月底前完成第一轮集中清理。\n2.修复破损路面和排水设施。',
        ['区城管局（区综合执法局）'],
        ['各街道办事处', '区住建局'],
      ],
      [
        '农贸市场提升',
        '对全区12个农贸市场实行“一场一策”改造，落实市场开办者主体责任。',
        ['区市场监管局'],
        ['区商务局', 'xx街道'],
      ],
      ['垃圾分类推进', '在全区推行生活垃圾分类，健全收运体系。', ['区城管局'], []],
    ]);
  });

  it('takes a task’s own deadline, else the one the requirements set for the tasks they name', () => {
    expect(plan.tasks.map((t) => [t.deadlineText, t.deadline.due])).toEqual([
      ['6月底前', '2026-06-30'],
      ['2026年11月30日前', '2026-11-30'],
      ['2026年11月30日前', '2026-11-30'],
    ]);
  });

  it('flags the placeholder unit and the blank 责任单位', () => {
    expect(plan.placeholders.map((p) => [p.kind, p.text, p.line])).toEqual([
      ['placeholder', 'xx', 19],
      ['blank', '责任单位', 24],
    ]);
    expect(plan.tasks[2].responsibleText).toBe('');
  });
});

describe('extractPlan on a plan with phases', () => {
  const plan = extractPlan(planFixture('phases'), { asOf, planYear: 2027 });

  it('reads each phase’s name and dates, 20xx as the plan year', () => {
    expect(plan.phases.map((p) => [p.name, p.dateText, p.start, p.end, p.detail])).toEqual([
      [
        '动员部署阶段',
        '20xx年3月1日至3月15日',
        '2027-03-01',
        '2027-03-15',
        '召开动员大会，制定实施方案，分解工作任务。',
      ],
      [
        '集中创建阶段',
        '20xx年3月16日—10月31日',
        '2027-03-16',
        '2027-10-31',
        '各科室对照标准逐项落实，办公室每月督查一次。',
      ],
      ['检查验收阶段', '20xx年11月', null, '2027-11-30', '迎接上级检查验收，做好总结表彰。'],
    ]);
    expect(plan.tasks).toEqual([]);
  });

  it('reads steps without dates or 阶段 as tasks', () => {
    const steps = extractPlan('工作方案\n一、实施步骤\n1、宣传发动\n2、实施推进', { asOf });
    expect([steps.phases, steps.tasks.map((t) => t.title), steps.sections[0].kind]).toEqual([
      [],
      ['宣传发动', '实施推进'],
      'tasks',
    ]);
  });
});

describe('extractPlan on a plan with work groups', () => {
  const plan = extractPlan(planFixture('groups'), { asOf });

  it('reads the leading group named by 成立…领导小组 and the numbered work groups', () => {
    expect(plan.groups.map((g) => [g.section, g.name, g.leaders, g.deputies, g.members, g.duties])).toEqual([
      [
        '一、组织领导',
        '安全生产月活动领导小组',
        ['王建国（局长）'],
        ['李明', '赵丽'],
        ['办公室', '安监科', '执法大队'],
        [],
      ],
      [
        '二、职责分工',
        '宣传教育组',
        ['陈刚'],
        ['周敏'],
        ['办公室', '宣传科'],
        ['制作宣传展板，开展安全知识进社区活动；', '组织安全知识竞赛。'],
      ],
      [
        '二、职责分工',
        '隐患排查组',
        ['刘洋'],
        ['孙强', '吴静'],
        ['安监科', '执法大队', '各乡镇'],
        ['对辖区重点企业开展隐患排查，建立整改台账；', '督促企业6月30日前完成隐患整改。'],
      ],
    ]);
  });

  it('makes the groups with duties tasks the group owns', () => {
    expect(
      plan.tasks.map((t) => [
        t.title,
        t.leadUnits,
        t.responsibleUnits,
        t.persons.map((p) => `${p.name}（${p.title}）`),
        t.deadlineText,
      ]),
    ).toEqual([
      ['宣传教育组', ['宣传教育组'], ['办公室', '宣传科'], ['陈刚（组长）', '周敏（副组长）'], ''],
      [
        '隐患排查组',
        ['隐患排查组'],
        ['安监科', '执法大队', '各乡镇'],
        ['刘洋（组长）', '孙强（副组长）', '吴静（副组长）'],
        '6月30日前',
      ],
    ]);
  });
});

describe('extractPlan on targets assigned in a later list', () => {
  it('adds the persons to the targets instead of repeating them', () => {
    const plan = extractPlan(
      [
        '一、目标任务',
        '1、社会保险基金征缴率大于95%；',
        '2、城镇新增就业3000人。',
        '二、工作措施',
        '（一）组织领导：局长任组长。',
        '（二）目标责任：',
        '1、“社会保险基金征缴率大于95%”。养老保险直接责任人：张三；承办人：李四。医疗保险直接责任人：王五；承办人：赵六。',
        '2、“城镇新增就业3000人”。直接责任人：钱七；承办人：孙八、周九。',
      ].join('\n'),
      { asOf },
    );
    expect(
      plan.tasks.map((t) => [
        t.section,
        t.title,
        t.parts.map((p) => [p.scope, p.persons.map((x) => x.name)]),
      ]),
    ).toEqual([
      [
        '一、目标任务',
        '社会保险基金征缴率大于95%',
        [
          ['养老保险', ['张三', '李四']],
          ['医疗保险', ['王五', '赵六']],
        ],
      ],
      ['一、目标任务', '城镇新增就业3000人', [[null, ['钱七', '孙八', '周九']]]],
    ]);
  });
});

describe('splitPlans', () => {
  it('splits at 篇N lines and drops the page before the first', () => {
    const parts = splitPlans('页面标题\n工作方案(qū) 篇1\n一、甲\n\n工作方案 篇2\n一、乙');
    expect(parts).toEqual([
      { name: '篇1', title: '工作方案', text: '一、甲\n', firstLine: 3 },
      { name: '篇2', title: '工作方案', text: '一、乙', firstLine: 6 },
    ]);
  });

  it('keeps a file without such lines whole', () => {
    expect(splitPlans('一、甲')).toEqual([{ name: null, title: null, text: '一、甲', firstLine: 1 }]);
  });
});
