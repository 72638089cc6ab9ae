import { formulaEntry, gridCell, isDateFormat, needsTextPrefix } from '../../../src/io/office/cell-values';
import { parseAreas } from '../../../src/io/office/read-grids';
import { headerSections, packOps, widthInPoints } from '../../../src/io/office/write-sheet';

describe('needsTextPrefix', () => {
  it.each([
    '=SUM(A1:A3)',
    '+86 138 0000 0000',
    '-',
    '- 见附件',
    '@home',
    '\tindented',
    '\rline',
    '\nline',
    "'quoted",
    '#N/A',
    '2026-06-30',
    '2026/6/30',
    '6月30日',
    '2026年6月',
    '12:30',
    '10%',
    '1,234.50',
    '¥100',
    '007',
    '1e5',
    '2 pm',
    'TRUE',
    'false',
    '30-Jun',
    'Jun 30, 2026',
  ])('%j is prefixed so Excel keeps it as text', (text) => {
    expect(needsTextPrefix(text)).toBe(true);
  });

  it.each([
    '上市商品划行归市',
    '2026年6月30日前',
    '第2季度',
    '每月25日前',
    'Phase 2',
    'done',
    '区城管局（区综合执法局）',
    '',
  ])('%j is written as it is', (text) => {
    expect(needsTextPrefix(text)).toBe(false);
  });
});

describe('formulaEntry', () => {
  it('writes strings as text, formulas with =, dates as serials and empty as ""', () => {
    expect(formulaEntry('=1+1')).toBe("'=1+1");
    expect(formulaEntry("'quoted")).toBe("''quoted");
    expect(formulaEntry('上市商品')).toBe('上市商品');
    expect(formulaEntry({ formula: 'TODAY()', result: null })).toBe('=TODAY()');
    expect(formulaEntry({ date: '2026-06-30' })).toBe(46203);
    expect(formulaEntry(null)).toBe('');
    expect(formulaEntry(Number.NaN)).toBe('');
    expect(formulaEntry(5)).toBe(5);
    expect(formulaEntry(false)).toBe(false);
  });
});

describe('gridCell', () => {
  it('reads serials in a date format as UTC dates, empty strings as empty, errors as errors', () => {
    expect(gridCell(46203, 'yyyy-mm-dd')).toEqual(new Date(Date.UTC(2026, 5, 30)));
    expect(gridCell(46203, '[$-804]yyyy"年"m"月"d"日"')).toEqual(new Date(Date.UTC(2026, 5, 30)));
    expect(gridCell(46203, 'General')).toBe(46203);
    expect(gridCell(0.5, '0.0%')).toBe(0.5);
    expect(gridCell('', 'General')).toBeNull();
    expect(gridCell('#N/A', 'General')).toEqual({ error: '#N/A' });
    expect(gridCell('已完成', '@')).toBe('已完成');
    expect(gridCell(true, 'General')).toBe(true);
  });

  it('tells date formats from number formats', () => {
    expect(['m/d/yyyy', 'yyyy-mm-dd', 'd-mmm', 'h:mm', 'mm:ss', '[h]:mm'].map(isDateFormat)).toEqual(
      Array(6).fill(true),
    );
    expect(
      ['General', '0', '0.00', '+0;-0;0', '#,##0.00_);[Red](#,##0.00)', '"m"0', '@'].map(isDateFormat),
    ).toEqual(Array(7).fill(false));
  });
});

describe('parseAreas', () => {
  it('reads the areas of a RangeAreas address, quoted sheet names included', () => {
    expect(parseAreas("Sheet1!A1:L1, 'My ''big'' sheet'!$C$3:$D$9, Sheet1!B5")).toEqual([
      { top: 0, left: 0, bottom: 0, right: 11 },
      { top: 2, left: 2, bottom: 8, right: 3 },
      { top: 4, left: 1, bottom: 4, right: 1 },
    ]);
  });
});

describe('write helpers', () => {
  it('converts column widths in characters to points', () => {
    expect(widthInPoints(10)).toBe(56.25);
  });

  it('splits an Excel header string into its sections', () => {
    expect(headerSections('&L单位&C第&P页&R2026')).toEqual({ left: '单位', center: '第&P页', right: '2026' });
    expect(headerSections('月报')).toEqual({ left: '', center: '月报', right: '' });
  });

  it('packs ops in order under the budget, one oversized op alone', () => {
    const op = (bytes: number) => ({ bytes, apply: () => undefined });
    const ops = [op(40), op(50), op(30), op(200), op(10)];
    expect(packOps(ops, 100).map((b) => b.map((o) => o.bytes))).toEqual([[40, 50], [30], [200], [10]]);
  });
});
