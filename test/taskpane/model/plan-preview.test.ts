import { existsSync, readFileSync } from 'node:fs';
import { garble } from '../../helpers/gbk';
import { namedBreakdowns, previewPlans } from '../../../src/taskpane/model/plan-preview';
import { planFixture } from '../../core/extract/fixtures';
import { SEED } from '../../core/extract/seed';

const AS_OF = { asOf: '2026-11-30' };

describe('previewPlans', () => {
  it('shows a plan’s figures and first rows as the sheet will hold them, blanks and placeholders to fill', () => {
    const [plan] = previewPlans(planFixture('simplified-outline'), AS_OF);
    expect(plan).toMatchObject({
      name: '2026年城区环境卫生整治工作方案',
      title: '2026年城区环境卫生整治工作方案任务分解表',
      figures: { tasks: 3, phases: 0, groups: 0, scoreAreas: 0, flagged: 2 },
      more: 0,
    });
    expect(plan.rows.map((r) => [r.task.text, r.lead.text, r.deadline.text])).toEqual([
      ['背街小巷整治', '区城管局（区综合执法局）', '6月底前'],
      ['农贸市场提升', '区市场监管局', '2026年11月30日前'],
      ['垃圾分类推进', '区城管局', '2026年11月30日前'],
    ]);
    expect(plan.rows.map((r) => r.responsible)).toEqual([
      { text: '各街道办事处、区住建局', flag: null },
      { text: '区商务局、xx街道', flag: 'fill' },
      { text: '', flag: 'fill' },
    ]);
  });

  it('flags 20xx in a phase’s dates and cuts the rows shown, counting the rest', () => {
    const [plan] = previewPlans(planFixture('phases'), AS_OF, 2);
    expect(plan.figures).toMatchObject({ phases: 3, flagged: 3 });
    expect(plan.rows.map((r) => r.deadline)).toEqual([
      { text: '20xx年3月1日至3月15日', flag: 'fill' },
      { text: '20xx年3月16日—10月31日', flag: 'fill' },
    ]);
    expect(plan.more).toBe(1);
  });

  it('marks text from a mended garbled line as to check, not to fill', () => {
    const text = [
      '综合整治工作方案',
      '一、重点任务',
      garble('　（一）集貿市場環境整治工作,'),
      '牵头单位：区市场监管局',
    ].join('\n');
    const [plan] = previewPlans(text, AS_OF);
    expect(plan.rows[0].task).toEqual({
      text: expect.stringContaining('集貿市場環境整治工作'),
      flag: 'check',
    });
  });

  it('gives a sheet per plan of a collection, and none for a plan with nothing to write', () => {
    const text = [
      '城区整治工作方案 篇1',
      planFixture('simplified-outline'),
      '文明单位创建工作方案 篇2',
      planFixture('phases'),
      '致辞 篇3',
      '同志们：今天我们召开会议。',
    ].join('\n');
    const plans = previewPlans(text, AS_OF);
    expect(plans.map((p) => p.name)).toEqual(['篇1', '篇2', '篇3']);
    expect(namedBreakdowns(plans).map((p) => p.name)).toEqual(['篇1', '篇2']);
    expect(namedBreakdowns(plans)[0].sheet).toBe(plans[0].sheet);
  });

  (existsSync(SEED) ? it : it.skip)(
    'reads the seed’s plan 6 with its five tasks and three phases, leads to fill',
    () => {
      const plan = previewPlans(readFileSync(SEED, 'utf8'), AS_OF).find((p) => p.name === '篇6');
      expect(plan?.figures).toMatchObject({ tasks: 5, phases: 3 });
      expect(plan?.rows.filter((r) => r.lead.flag === 'fill').length).toBeGreaterThan(0);
    },
  );
});
