import { chineseNumeralsToDigits, parseChineseNumber } from '../../../src/core/cells/numerals';

describe('parseChineseNumber', () => {
  it.each([
    ['一', 1],
    ['十', 10],
    ['十一', 11],
    ['二十', 20],
    ['二十五', 25],
    ['三十一', 31],
    ['两', 2],
    ['兩', 2],
    ['〇', 0],
    ['零', 0],
    ['二〇二六', 2026],
    ['二零二六', 2026],
    ['二〇一〇', 2010],
    ['一百', 100],
    ['一百零五', 105],
    ['一千二百三十四', 1234],
    ['两百', 200],
    ['2026', 2026],
    ['０８', 8],
    [' 12 ', 12],
  ])('%s → %d', (text, value) => {
    expect(parseChineseNumber(text)).toBe(value);
  });

  it.each(['', '年', '十十', '二二十', '百', '十百', '一百五', '零五', '3十', '1.5', '-3', '十一月'])(
    '%s is not a number',
    (text) => {
      expect(parseChineseNumber(text)).toBeNull();
    },
  );
});

describe('chineseNumeralsToDigits', () => {
  it('rewrites every number in the text and leaves other runs alone', () => {
    expect(chineseNumeralsToDigits('二〇二六年十二月三十一日')).toBe('2026年12月31日');
    expect(chineseNumeralsToDigits('三季度末，每周一')).toBe('3季度末，每周1');
    expect(chineseNumeralsToDigits('十十')).toBe('十十');
  });
});
