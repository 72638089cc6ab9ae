import type { Deadline } from '../../src/core/model';
import { statusOf } from '../../src/core/status';

const due = (date: string | null, kind: Deadline['kind'] = 'date'): Deadline => ({
  text: date ?? '',
  kind,
  due: date,
  start: null,
  milestones: date ? [date] : [],
});
const asOf = '2026-11-30';

describe('statusOf', () => {
  it('due on the as-of date is due soon, the day before is overdue', () => {
    expect(statusOf(due('2026-11-30'), false, asOf)).toBe('due_soon');
    expect(statusOf(due('2026-11-29'), false, asOf)).toBe('overdue');
  });

  it('due soon reaches as-of + N days inclusive, then on track', () => {
    expect(statusOf(due('2026-12-07'), false, asOf)).toBe('due_soon');
    expect(statusOf(due('2026-12-08'), false, asOf)).toBe('on_track');
    expect(statusOf(due('2026-12-08'), false, asOf, 8)).toBe('due_soon');
    expect(statusOf(due('2026-11-30'), false, asOf, 0)).toBe('due_soon');
    expect(statusOf(due('2026-12-01'), false, asOf, 0)).toBe('on_track');
  });

  it('done wins over any deadline', () => {
    expect(statusOf(due('2026-01-01'), true, asOf)).toBe('done');
    expect(statusOf(due(null, 'ongoing'), true, asOf)).toBe('done');
  });

  it('ongoing, missing and unreadable deadlines', () => {
    expect(statusOf(due(null, 'ongoing'), false, asOf)).toBe('ongoing');
    expect(statusOf(due(null, 'none'), false, asOf)).toBe('no_deadline');
    expect(statusOf(due(null, 'unparsed'), false, asOf)).toBe('no_deadline');
  });
});
