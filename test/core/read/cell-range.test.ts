import { cellRangeText, isTableSized, parseCellRange } from '../../../src/core/read/cell-range';

describe('parseCellRange', () => {
  it.each([
    ['B3:H40', { top: 2, left: 1, bottom: 39, right: 7 }],
    ['$B$3:$H$40', { top: 2, left: 1, bottom: 39, right: 7 }],
    ["'任务 分解'!b3:h40", { top: 2, left: 1, bottom: 39, right: 7 }],
    ['H40:B3', { top: 2, left: 1, bottom: 39, right: 7 }],
    [' B3 : H40 ', { top: 2, left: 1, bottom: 39, right: 7 }],
    ['C5', { top: 4, left: 2, bottom: 4, right: 2 }],
    ['B:H', { top: 0, left: 1, bottom: Infinity, right: 7 }],
    ['3:40', { top: 2, left: 0, bottom: 39, right: Infinity }],
  ])('%s', (text, area) => {
    expect(parseCellRange(text)).toEqual(area);
  });

  it.each([
    '',
    'B3:',
    ':H40',
    'B3:H40:J9',
    'B3:H',
    'B:40',
    '3',
    'ABCD1',
    'A0',
    'A1048577',
    '任务',
    'B3-H40',
    'B',
  ])('refuses %j', (text) => {
    expect(parseCellRange(text)).toBeNull();
  });

  it('writes an area back as Excel does, and reads that back the same', () => {
    for (const text of ['B3:H40', 'C5', 'B:H', '3:40', 'AA10:XFD1048576']) {
      const area = parseCellRange(text);
      expect(area && cellRangeText(area)).toBe(text);
    }
  });

  it('takes a table to need two rows and two columns', () => {
    const sized = (text: string) => isTableSized(parseCellRange(text)!);
    expect([
      sized('B3:H40'),
      sized('B:C'),
      sized('3:4'),
      sized('C5'),
      sized('B3:B40'),
      sized('B3:H3'),
    ]).toEqual([true, true, true, false, false, false]);
  });
});
