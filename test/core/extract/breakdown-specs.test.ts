import { breakdownSheet } from '../../../src/core/extract/breakdown-rows';
import { newBreakdownSpecs } from '../../../src/core/extract/breakdown-specs';
import { extractPlans } from '../../../src/core/extract/extract-plans';
import { planFixture } from './fixtures';

const plan = extractPlans(planFixture('phases'), { asOf: '2026-11-30' })[0];
const named = (name: string) => ({ name, sheet: breakdownSheet(plan) });

describe('newBreakdownSpecs', () => {
  it('names each sheet after its plan, dropping what Excel forbids and keeping 31 characters', () => {
    const specs = newBreakdownSpecs([named('[篇1]: a/b'), named('很'.repeat(40))], []);
    expect(specs.map((s) => s.name)).toEqual(['篇1 a b', '很'.repeat(31)]);
  });

  it('never takes a sheet that is there, nor one added just before, whatever its case', () => {
    const specs = newBreakdownSpecs([named('Plan'), named('plan'), named('任务分解')], ['PLAN', '任务分解']);
    expect(specs.map((s) => s.name)).toEqual(['Plan (2)', 'plan (3)', '任务分解 (2)']);
  });

  it('keeps the plan’s rows in each sheet', () => {
    const [spec] = newBreakdownSpecs([named('文明单位')], []);
    expect(spec.rows).toHaveLength(breakdownSheet(plan).rows.length);
  });
});
