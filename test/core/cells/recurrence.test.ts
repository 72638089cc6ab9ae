import { nextOccurrence, occurrences } from '../../../src/core/cells/recurrence';
import { weekday } from '../../../src/core/dates';
import type { Recurrence } from '../../../src/core/model';

const YEAR_2026 = ['2026-01-01', '2026-12-31'] as const;

describe('occurrences in 2026', () => {
  it('每月25日前: 12, on the 25th', () => {
    const dates = occurrences({ unit: 'month', day: 25 }, ...YEAR_2026);
    expect(dates).toHaveLength(12);
    expect(dates.every((d) => d.endsWith('-25'))).toBe(true);
  });

  it('每月底: the last day of each month', () => {
    const dates = occurrences({ unit: 'month', day: 'end' }, ...YEAR_2026);
    expect(dates.slice(0, 3)).toEqual(['2026-01-31', '2026-02-28', '2026-03-31']);
  });

  it('每月31日: a day past the month end means the month end', () => {
    expect(occurrences({ unit: 'month', day: 31 }, '2026-02-01', '2026-04-30')).toEqual([
      '2026-02-28',
      '2026-03-31',
      '2026-04-30',
    ]);
  });

  it('每季度末: 4 quarter ends', () => {
    expect(occurrences({ unit: 'quarter' }, ...YEAR_2026)).toEqual([
      '2026-03-31',
      '2026-06-30',
      '2026-09-30',
      '2026-12-31',
    ]);
  });

  it('每季度末25日: the day in the last month of each quarter', () => {
    expect(occurrences({ unit: 'quarter', day: 25 }, ...YEAR_2026)).toEqual([
      '2026-03-25',
      '2026-06-25',
      '2026-09-25',
      '2026-12-25',
    ]);
  });

  it('每半年: 06-30 and 12-31', () => {
    expect(occurrences({ unit: 'half' }, ...YEAR_2026)).toEqual(['2026-06-30', '2026-12-31']);
  });

  it('每年6月: 1, the end of June', () => {
    expect(occurrences({ unit: 'year', month: 6 }, ...YEAR_2026)).toEqual(['2026-06-30']);
  });

  it('每年2月29日 falls on 02-28 in a common year', () => {
    expect(occurrences({ unit: 'year', month: 2, day: 29 }, '2026-01-01', '2028-12-31')).toEqual([
      '2026-02-28',
      '2027-02-28',
      '2028-02-29',
    ]);
  });

  it('每周一: 52 Mondays, each a Monday', () => {
    const dates = occurrences({ unit: 'week', weekday: 1 }, ...YEAR_2026);
    expect(dates).toHaveLength(52);
    expect(dates.every((d) => weekday(d) === 1)).toBe(true);
    expect(dates[0]).toBe('2026-01-05');
  });

  it('每周四: 53 in 2026, which starts on a Thursday', () => {
    expect(occurrences({ unit: 'week', weekday: 4 }, ...YEAR_2026)).toHaveLength(53);
  });
});

describe('occurrences honour from and to', () => {
  it('inclusive on both ends', () => {
    expect(occurrences({ unit: 'month', day: 25 }, '2026-03-25', '2026-05-25')).toEqual([
      '2026-03-25',
      '2026-04-25',
      '2026-05-25',
    ]);
    expect(occurrences({ unit: 'month', day: 25 }, '2026-03-26', '2026-05-24')).toEqual(['2026-04-25']);
  });

  it('across years', () => {
    expect(occurrences({ unit: 'quarter' }, '2026-11-01', '2027-04-01')).toEqual([
      '2026-12-31',
      '2027-03-31',
    ]);
  });

  it('empty when from is after to', () => {
    expect(occurrences({ unit: 'month' }, '2026-05-01', '2026-04-01')).toEqual([]);
  });

  it('a single day', () => {
    expect(occurrences({ unit: 'week', weekday: 1 }, '2026-11-30', '2026-11-30')).toEqual(['2026-11-30']);
  });
});

describe('nextOccurrence', () => {
  it.each<[Recurrence, string, string]>([
    [{ unit: 'month', day: 25 }, '2026-11-30', '2026-12-25'],
    [{ unit: 'month', day: 25 }, '2026-11-25', '2026-11-25'],
    [{ unit: 'month', day: 'end' }, '2026-11-30', '2026-11-30'],
    [{ unit: 'quarter' }, '2026-11-30', '2026-12-31'],
    [{ unit: 'half' }, '2026-07-01', '2026-12-31'],
    [{ unit: 'year', month: 6 }, '2026-11-30', '2027-06-30'],
    [{ unit: 'year' }, '2026-12-31', '2026-12-31'],
    [{ unit: 'week', weekday: 1 }, '2026-11-30', '2026-11-30'],
    [{ unit: 'week', weekday: 1 }, '2026-12-01', '2026-12-07'],
    [{ unit: 'week' }, '2026-11-30', '2026-12-06'],
  ])('%j on or after %s → %s', (recurrence, date, next) => {
    expect(nextOccurrence(recurrence, date)).toBe(next);
  });

  it('refuses a recurrence with values out of range', () => {
    expect(() => nextOccurrence({ unit: 'week', weekday: 7 }, '2026-01-01')).toThrow(RangeError);
    expect(() => occurrences({ unit: 'year', month: 13 }, '2026-01-01', '2026-12-31')).toThrow(RangeError);
    expect(() => occurrences({ unit: 'month', day: 0 }, '2026-01-01', '2026-12-31')).toThrow(RangeError);
  });
});
