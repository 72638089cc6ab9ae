import { parseDeadline } from '../../../src/core/cells/deadline';
import { toExcelSerial } from '../../../src/core/dates';
import type { Deadline } from '../../../src/core/model';

const ctx = { asOf: '2026-11-30', planYear: 2026 };
const parse = (value: Parameters<typeof parseDeadline>[0]) => parseDeadline(value, ctx);
const brief = ({ kind, due, start }: Deadline) => ({ kind, due, start });

describe('parseDeadline: text forms beyond the golden table', () => {
  it.each<[string, Deadline['kind'], string | null, string | null]>([
    // Traditional characters read as Simplified.
    ['長期堅持', 'ongoing', null, null],
    ['持續推進', 'ongoing', null, null],
    ['常態化', 'ongoing', null, null],
    ['經常性', 'ongoing', null, null],
    ['年內', 'date', '2026-12-31', null],
    ['2026年內完成', 'date', '2026-12-31', null],
    ['上半年', 'date', '2026-06-30', null],
    ['下半年', 'date', '2026-12-31', null],
    ['每週五', 'recurring', '2026-12-04', null],
    ['每個月25號前', 'recurring', '2026-12-25', null],
    ['第四季度', 'date', '2026-12-31', null],
    // Other spellings of dates.
    ['Q3', 'date', '2026-09-30', null],
    ['2026年第3季度', 'date', '2026-09-30', null],
    ['20XX年6月底', 'date', '2026-06-30', null],
    ['２０ｘｘ年６月底', 'date', '2026-06-30', null],
    ['二〇二六年十二月三十一号', 'date', '2026-12-31', null],
    ['6月30号', 'date', '2026-06-30', null],
    ['6.30前', 'date', '2026-06-30', null],
    ['20260630', 'date', '2026-06-30', null],
    ['2026.6', 'date', '2026-06-30', null],
    ['2026年', 'date', '2026-12-31', null],
    ['2026年底前', 'date', '2026-12-31', null],
    ['明年年底', 'date', '2027-12-31', null],
    ['年中', 'date', '2026-06-30', null],
    ['6月初', 'date', '2026-06-10', null],
    ['下月15日前', 'date', '2026-12-15', null],
    ['截至2026年6月30日', 'date', '2026-06-30', null],
    ['  2026年6月30日前  ', 'date', '2026-06-30', null],
    // Ranges and starts.
    ['6.1-6.30', 'range', '2026-06-30', '2026-06-01'],
    ['3月11日～4月15日', 'range', '2026-04-15', '2026-03-11'],
    ['3月11日——4月15日', 'range', '2026-04-15', '2026-03-11'],
    ['第二季度至第三季度', 'range', '2026-09-30', '2026-04-01'],
    ['12月1日至次年1月31日', 'range', '2027-01-31', '2026-12-01'],
    ['11月-3月', 'range', '2027-03-31', '2026-11-01'],
    ['7月1日起，12月底前完成', 'range', '2026-12-31', '2026-07-01'],
    ['7月1日起', 'ongoing', null, '2026-07-01'],
    ['即日起', 'ongoing', null, '2026-11-30'],
    // Recurrences.
    ['每月', 'recurring', '2026-11-30', null],
    ['每月上旬', 'recurring', '2026-12-10', null],
    ['每季度', 'recurring', '2026-12-31', null],
    ['每半年', 'recurring', '2026-12-31', null],
    ['每年底', 'recurring', '2026-12-31', null],
    ['每周日', 'recurring', '2026-12-06', null],
    ['星期三前每周三报送', 'recurring', '2026-12-02', null],
    // Not deadlines.
    ['', 'none', null, null],
    ['   ', 'none', null, null],
    ['另行通知', 'unparsed', null, null],
    ['3年内完成', 'unparsed', null, null],
    ['2月30日', 'unparsed', null, null],
    ['2026-02-30', 'unparsed', null, null],
    ['13月', 'unparsed', null, null],
    ['每月32日', 'unparsed', null, null],
    ['9月20日-9日', 'unparsed', null, null],
    ['2026年12月1日至2026年3月1日', 'unparsed', null, null],
    // A cell that says there is none.
    ['/', 'none', null, null],
    ['／', 'none', null, null],
    ['—', 'none', null, null],
    ['--', 'none', null, null],
    ['无', 'none', null, null],
    ['無時限', 'none', null, null],
    ['不限', 'none', null, null],
    ['无时限要求', 'none', null, null],
    ['无法确定', 'unparsed', null, null],
    ['6/30', 'date', '2026-06-30', null],
  ])('%s → %s %s (start %s)', (text, kind, due, start) => {
    expect(brief(parse(text))).toEqual({ kind, due, start });
  });
});

describe('parseDeadline: the rest of the Deadline', () => {
  it('keeps the trimmed original text', () => {
    expect(parse('  6月底前 \n').text).toBe('6月底前');
  });

  it('lists every milestone in order, the latest being due', () => {
    const d = parse('6月底前完成方案，10月底前全面完成');
    expect(d.milestones).toEqual(['2026-06-30', '2026-10-31']);
    expect(d.due).toBe('2026-10-31');
    expect(parse('10月底前全面完成（6月底前完成方案）').due).toBe('2026-10-31');
  });

  it('gives a range its start and end as milestones', () => {
    expect(parse('4月-11月底')).toMatchObject({
      start: '2026-04-01',
      milestones: ['2026-04-01', '2026-11-30'],
    });
  });

  it('gives a plain date one milestone and a recurrence none', () => {
    expect(parse('9月30日').milestones).toEqual(['2026-09-30']);
    expect(parse('每月25日前').milestones).toEqual([]);
  });

  it('fills the recurrence', () => {
    expect(parse('每月25日前').recurrence).toEqual({ unit: 'month', day: 25 });
    expect(parse('每月底').recurrence).toEqual({ unit: 'month', day: 'end' });
    expect(parse('每季度末').recurrence).toEqual({ unit: 'quarter' });
    expect(parse('每年6月').recurrence).toEqual({ unit: 'year', month: 6 });
    expect(parse('每周一').recurrence).toEqual({ unit: 'week', weekday: 1 });
    expect(parse('6月底前').recurrence).toBeUndefined();
  });

  it('marks a placeholder year, and only then', () => {
    expect(parse('20xx年5月30日前').placeholderYear).toBe(true);
    expect(parse('20xx年9月20日至10月').placeholderYear).toBe(true);
    expect(parse('2026年5月30日前').placeholderYear).toBeUndefined();
  });

  it('reads dates without a year in the plan year and 本月 from the as-of date', () => {
    expect(parseDeadline('6月底前', { asOf: '2026-01-15', planYear: 2027 }).due).toBe('2027-06-30');
    expect(parseDeadline('本月底', { asOf: '2026-02-03', planYear: 2027 }).due).toBe('2026-02-28');
    expect(parseDeadline('下月底', { asOf: '2026-12-03', planYear: 2026 }).due).toBe('2027-01-31');
  });
});

describe('parseDeadline: cells that are not text', () => {
  it.each<[string, Parameters<typeof parseDeadline>[0], Deadline]>([
    [
      'a Date at UTC midnight',
      new Date(Date.UTC(2026, 5, 30)),
      { text: '2026-06-30', kind: 'date', due: '2026-06-30', start: null, milestones: ['2026-06-30'] },
    ],
    [
      'a Date a hair before midnight (serial rounding)',
      new Date(Date.UTC(2026, 5, 30) - 1),
      { text: '2026-06-30', kind: 'date', due: '2026-06-30', start: null, milestones: ['2026-06-30'] },
    ],
    [
      'an Excel serial',
      toExcelSerial('2026-06-30'),
      { text: '2026-06-30', kind: 'date', due: '2026-06-30', start: null, milestones: ['2026-06-30'] },
    ],
    [
      'an Excel serial with a time',
      toExcelSerial('2026-06-30') + 0.75,
      { text: '2026-06-30', kind: 'date', due: '2026-06-30', start: null, milestones: ['2026-06-30'] },
    ],
    [
      'eight digits',
      20260630,
      { text: '2026-06-30', kind: 'date', due: '2026-06-30', start: null, milestones: ['2026-06-30'] },
    ],
    ['null', null, { text: '', kind: 'none', due: null, start: null, milestones: [] }],
    [
      'an invalid Date',
      new Date(NaN),
      { text: 'Invalid Date', kind: 'unparsed', due: null, start: null, milestones: [] },
    ],
    [
      'the zero date 1899-12-30',
      new Date(Date.UTC(1899, 11, 30)),
      { text: '1899-12-30T00:00:00.000Z', kind: 'unparsed', due: null, start: null, milestones: [] },
    ],
    ['a small number', 12, { text: '12', kind: 'unparsed', due: null, start: null, milestones: [] }],
    [
      'eight digits that are no date',
      20261340,
      { text: '20261340', kind: 'unparsed', due: null, start: null, milestones: [] },
    ],
    ['NaN', NaN, { text: 'NaN', kind: 'unparsed', due: null, start: null, milestones: [] }],
    ['a boolean', true, { text: 'TRUE', kind: 'unparsed', due: null, start: null, milestones: [] }],
    [
      'an error',
      { error: '#N/A' },
      { text: '#N/A', kind: 'unparsed', due: null, start: null, milestones: [] },
    ],
  ])('%s', (_, value, expected) => {
    expect(parse(value)).toEqual(expected);
  });
});

describe('parseDeadline: the context', () => {
  it('refuses a context the caller built wrongly', () => {
    expect(() => parseDeadline('6月底', { asOf: '2026-13-01', planYear: 2026 })).toThrow(RangeError);
    expect(() => parseDeadline('6月底', { asOf: '2026-11-30', planYear: 26.5 })).toThrow(RangeError);
  });
});
