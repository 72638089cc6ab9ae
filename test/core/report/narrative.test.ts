import { reportNarrative } from '../../../src/core/report/narrative';
import { emptyCounts } from '../../../src/core/summary';
import { planReport } from '../../../src/core/report/plan-report';
import { CIVILIZED, LEDGER, examplePlan } from './example-plan';
import { bulletin, task } from './fixture';

describe('reportNarrative', () => {
  it('writes the bulletin paragraph in Chinese', () => {
    expect(reportNarrative('zh-CN', bulletin())).toBe(
      '截至2026年11月30日，12项重点任务中已完成2项，占16.7%；按进度推进5项，临期1项，长期推进1项；' +
        '逾期3项，占25.0%，涉及区财政局、区住建局、区教育局。' +
        '与上月（截至2026年10月31日）相比，已完成增加1项，逾期减少1项。' +
        '本月完成1项，12月有2项任务到期。' +
        '另有1项已完成或逾期的任务尚未评分。',
    );
  });

  it('writes the same paragraph in English', () => {
    expect(reportNarrative('en-US', bulletin())).toBe(
      'As of 2026-11-30, 2 of the 12 tasks were done (16.7%); 5 on track, 1 due soon, 1 ongoing; ' +
        '3 overdue (25.0%), involving 区财政局, 区住建局, 区教育局. ' +
        'Against the previous report (as of 2026-10-31), done is up 1 and overdue down 1. ' +
        '1 completed this month, 2 falling due in 2026-12. ' +
        '1 done or overdue tasks not yet scored.',
    );
  });

  it('names five units at most, and says when nothing is overdue or nothing changed', () => {
    const units = ['甲局', '乙局', '丙局', '丁局', '戊局', '己局', '庚局'];
    const many = bulletin({
      overdue: units.map((u, i) => ({ ...task(`任务${i}`, u), due: '2026-11-01', days: 29, note: null })),
    });
    expect(reportNarrative('zh-CN', many)).toContain('涉及甲局、乙局、丙局、丁局、戊局等7个单位。');

    const calm = bulletin({
      counts: { ...emptyCounts(), total: 2, done: 1, on_track: 1 },
      previous: {
        month: '2026-10',
        asOf: '2026-10-31',
        counts: { ...emptyCounts(), total: 2, done: 1, on_track: 1 },
      },
      overdue: [],
      completed: [],
      dueNext: [],
      missed: [{ ...task('月报', '办公室'), date: '2026-11-25', days: 5 }],
    });
    expect(reportNarrative('zh-CN', calm)).toBe(
      '截至2026年11月30日，2项重点任务中已完成1项，占50.0%；按进度推进1项；无逾期任务。' +
        '与上月（截至2026年10月31日）相比，已完成持平，逾期持平。' +
        '1项定期报送事项本月未按时报送。',
    );
  });

  it('says the next month with its year when it is in the next year', () => {
    const december = bulletin({ month: '2026-12', asOf: '2026-12-31', previous: null });
    expect(reportNarrative('zh-CN', december)).toContain('2027年1月有2项任务到期');
  });

  it('has a sentence for an empty table', () => {
    expect(reportNarrative('zh-CN', bulletin({ counts: emptyCounts() }))).toBe(
      '截至2026年11月30日，暂无任务。',
    );
  });

  it('describes both bundled examples from their figures', async () => {
    expect(reportNarrative('zh-CN', planReport(await examplePlan(CIVILIZED)))).toBe(
      '截至2026年11月30日，9项重点任务中已完成3项，占33.3%；按进度推进2项，临期1项，长期推进1项；' +
        '逾期2项，占22.2%，涉及执法大队、登记注册科。' +
        '12月有3项任务到期，1项定期报送事项本月未按时报送。' +
        '另有3项已完成或逾期的任务尚未评分。',
    );
    expect(reportNarrative('zh-CN', planReport(await examplePlan(LEDGER)))).toBe(
      '截至2026年11月30日，5项重点任务中已完成1项，占20.0%；按进度推进1项，长期推进1项；' +
        '逾期2项，占40.0%，涉及市住建局、市应急局。12月有1项任务到期。',
    );
  });
});
