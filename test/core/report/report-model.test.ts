import { planReport } from '../../../src/core/report/plan-report';
import { monthlyReport, rankUnits } from '../../../src/core/report/report-model';
import { readSheet } from '../../../src/core/read/read-sheet';
import { emptyCounts } from '../../../src/core/summary';
import { buildTrackModel } from '../../../src/core/track/refresh';
import { grid } from '../../helpers/grid';
import { CIVILIZED, LEDGER, examplePlan } from './example-plan';

describe('monthlyReport on the bundled examples as of 2026-11-30', () => {
  it('civilized-city: totals, overdue list, due next month, missed reports', async () => {
    const report = planReport(await examplePlan(CIVILIZED));
    expect(report.month).toBe('2026-11');
    expect(report.title).toBe('创建省级文明城市工作测评');
    expect(report.counts).toEqual({
      total: 9,
      done: 3,
      overdue: 2,
      due_soon: 1,
      on_track: 2,
      ongoing: 1,
      no_deadline: 0,
      unscored: 3,
    });
    expect(report.previous).toBeNull();
    // 10月底前 → 10-31, 30 days; 20xx年11月上旬 → 11-10, 20 days; notes from the source's 进展情况.
    expect(report.overdue.map((o) => [o.title, o.lead, o.due, o.days, o.note])).toEqual([
      ['清理占道经营和出店经营', ['执法大队'], '2026-10-31', 30, '整治中'],
      ['清理六小行业无证照经营', ['登记注册科'], '2026-11-10', 20, '已清理73户'],
    ]);
    expect(report.overdue[0].persons.map((p) => p.name)).toEqual(['陈立', '周涛']);
    // No done dates in the source: nothing completed "this month".
    expect(report.completed).toEqual([]);
    expect(report.dueNext.map((d) => [d.title, d.due, d.daysLeft])).toEqual([
      ['虚假广告查处', '2026-12-05', 5],
      ['迎检查漏补缺', '2026-12-20', 20],
      ['创文资料收集整理', '2026-12-25', 25],
    ]);
    // 每月25日前: the November report was due on the 25th and no monthly note exists.
    expect(report.missed.map((m) => [m.title, m.date, m.days])).toEqual([
      ['创文资料收集整理', '2026-11-25', 5],
    ]);
  });

  it('civilized-city: units ranked by completion rate, then fewest overdue, ties sharing a rank', async () => {
    const report = planReport(await examplePlan(CIVILIZED));
    expect(report.units.map((u) => [u.rank, u.name, u.total, u.done, u.overdue, u.due_soon])).toEqual([
      [1, '行政审批科', 1, 1, 0, 0],
      [1, '各服务窗口', 1, 1, 0, 0],
      [3, '市场监管科', 2, 1, 0, 0],
      [3, '广告监管科', 2, 1, 0, 1],
      [5, '城南分局', 2, 1, 1, 0],
      [5, '城北分局', 2, 1, 1, 0],
      [7, '执法大队', 3, 1, 1, 1],
      [8, '各基层分局', 4, 1, 1, 0],
      [9, '办公室', 2, 0, 0, 0],
      [9, '各科室', 2, 0, 0, 0],
      [9, '各市场开办者', 1, 0, 0, 0],
      [12, '黄土岭分局', 1, 0, 1, 0],
      [12, '登记注册科', 1, 0, 1, 0],
    ]);
    expect(report.units.find((u) => u.name === '执法大队')?.rate).toBeCloseTo(1 / 3, 12);
  });

  it('supervision ledger: totals, lists and ranking', async () => {
    const report = planReport(await examplePlan(LEDGER));
    expect(report.title).toBe('2026年重点工作');
    expect(report.hasScoring).toBe(false);
    expect(report.counts).toEqual({
      ...emptyCounts(),
      total: 5,
      done: 1,
      overdue: 2,
      on_track: 1,
      ongoing: 1,
    });
    expect(report.overdue.map((o) => [o.id, o.due, o.days, o.note])).toEqual([
      ['DB-1', '2026-10-31', 30, '完成85%'],
      ['DB-5', '2026-11-25', 5, '检查企业312家'],
    ]);
    expect(report.dueNext.map((d) => [d.id, d.due, d.daysLeft])).toEqual([['DB-2', '2026-12-31', 31]]);
    expect(report.completed).toEqual([]);
    expect(report.missed).toEqual([]);
    expect(report.units.map((u) => `${u.rank} ${u.name}`)).toEqual([
      '1 市委人才办',
      '1 市人社局',
      '1 市财政局',
      '4 市城管局',
      '4 市公安局交警支队',
      '4 市政务服务中心',
      '4 市直各部门',
      '8 市住建局',
      '8 市水务局',
      '8 市应急局',
      '8 市直有关部门',
      '12 各区政府',
    ]);
  });

  it('compares with the latest snapshot of an earlier month', async () => {
    const plan = await examplePlan(LEDGER);
    const snapshots = new Map([
      ['snapshot:2026-09', JSON.stringify({ asOf: '2026-09-30', ...emptyCounts(), total: 5 })],
      ['snapshot:2026-10', JSON.stringify({ asOf: '2026-10-31', ...emptyCounts(), total: 5, overdue: 1 })],
      ['snapshot:2026-11', JSON.stringify({ asOf: '2026-11-15', ...emptyCounts(), total: 9 })],
      ['snapshot:2026-12', JSON.stringify({ asOf: '2026-12-31', ...emptyCounts(), total: 9 })],
    ]);
    const report = monthlyReport(plan.model, { title: '', month: '2026-11', snapshots });
    expect(report.previous).toEqual({
      month: '2026-10',
      asOf: '2026-10-31',
      counts: { ...emptyCounts(), total: 5, overdue: 1 },
    });
  });
});

describe('monthlyReport on a small sheet with done dates and monthly notes', () => {
  const reading = readSheet(
    grid([
      ['序号', '工作任务', '牵头单位', '责任单位', '完成时限', '完成情况', '完成日期', '进展情况'],
      [1, '十一月办结', '区财政局', null, '11月30日前', '已完成', new Date(Date.UTC(2026, 10, 12)), null],
      [2, '十月办结', '区住建局', null, '10月31日前', '已完成', new Date(Date.UTC(2026, 9, 20)), null],
      [3, '逾期无进展', '区教育局', '区财政局', '11月15日前', null, null, null],
      [4, '每月报送', '区卫健委', null, '每月20日前', null, null, null],
      [5, '每季报送', '区交通局', null, '每季度末', null, null, null],
    ]),
    { asOf: '2026-11-30', planYear: 2026 },
  );
  if (!reading) throw new Error('no table');
  const notes = new Map([
    [
      '3',
      new Map([
        ['2026-09', '九月进展'],
        ['2026-10', '十月进展'],
      ]),
    ],
    ['4', new Map([['2026-11', '已报送']])],
  ]);
  const model = buildTrackModel(
    reading,
    { entries: [], notes },
    {
      asOf: '2026-11-30',
      dueSoonDays: 7,
      doneWord: '已完成',
    },
  );
  const report = monthlyReport(model, { title: '', month: '2026-11', snapshots: new Map() });

  it('lists the tasks whose done date falls in the month', () => {
    expect(report.completed.map((c) => [c.title, c.doneDate, c.due])).toEqual([
      ['十一月办结', '2026-11-12', '2026-11-30'],
    ]);
  });

  it('takes the latest monthly note when the tracker has no progress', () => {
    expect(report.overdue.map((o) => [o.title, o.note])).toEqual([['逾期无进展', '十月进展']]);
  });

  it('misses a recurring report only in a month with no note', () => {
    // 每月20日前 has its November note; 每季度末 falls on 12-31, not in November.
    expect(report.missed).toEqual([]);
    const december = monthlyReport(
      { ...model, asOf: '2026-12-31' },
      { title: '', month: '2026-12', snapshots: new Map() },
    );
    expect(december.missed.map((m) => [m.title, m.date])).toEqual([['每月报送', '2026-12-20']]);
  });
});

describe('rankUnits', () => {
  const unit = (name: string, total: number, done: number, overdue: number) => ({
    ...emptyCounts(),
    name,
    total,
    done,
    overdue,
    lead: total,
    responsible: 0,
    points: 0,
    score: 0,
  });

  it('gives equal rates with equal overdue the same rank and skips the places they take', () => {
    const ranked = rankUnits([
      unit('甲', 4, 2, 1),
      unit('乙', 2, 1, 1),
      unit('丙', 3, 3, 0),
      unit('丁', 2, 1, 0),
    ]);
    expect(ranked.map((u) => [u.rank, u.name])).toEqual([
      [1, '丙'],
      [2, '丁'],
      [3, '甲'],
      [3, '乙'],
    ]);
  });

  it('rates a unit without tasks at zero', () => {
    expect(rankUnits([unit('甲', 0, 0, 0)])[0]).toMatchObject({ rank: 1, rate: 0 });
  });
});
