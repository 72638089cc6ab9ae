import { breakdownSheet } from '../../../src/core/extract/breakdown-rows';
import { breakdownSpec } from '../../../src/core/extract/breakdown-spec';
import { extractPlan } from '../../../src/core/extract/extract-plan';
import { readSheet } from '../../../src/core/read/read-sheet';
import { specToGrid } from '../../helpers/spec-grid';
import { planFixture } from './fixtures';

describe('breakdownSpec', () => {
  const plan = extractPlan(planFixture('simplified-outline'), { asOf: '2026-06-01', planYear: 2026 });
  const spec = breakdownSpec(breakdownSheet(plan), '方案');

  it('is a sheet the reader finds without a map, with the same tasks', () => {
    const grid = specToGrid(spec);
    const reading = readSheet({ ...grid, merges: [] }, { asOf: '2026-06-01' });
    expect(reading?.tasks.map((t) => t.title)).toEqual(plan.tasks.map((t) => t.title));
    expect(reading?.planYear).toBe(2026);
  });

  it('merges the title and every section row across the table, and marks what is to fill', () => {
    const last = String.fromCharCode(64 + spec.columns.length);
    expect(spec.merges).toEqual(expect.arrayContaining([`A3:${last}3`]));
    expect(spec.preamble[0]).toMatchObject({ merge: true, style: 'title' });
    expect(spec.cellStyles?.every((c) => c.style === 'toFill')).toBe(true);
    expect(spec.cellStyles?.length).toBeGreaterThan(0);
  });

  it('formats text columns as text, so a later =… typed there stays text', () => {
    expect(spec.columns.find((c) => c.header === '工作任务')?.style).toBe('textWrap');
  });
});
