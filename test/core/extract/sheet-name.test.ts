import { sheetNameFor } from '../../../src/core/extract/sheet-name';

describe('sheetNameFor', () => {
  it('drops the characters Excel forbids and keeps 31 characters', () => {
    expect(sheetNameFor('[篇1]: a/b\\c*d?', [])).toBe('篇1 abcd');
    expect(sheetNameFor('很'.repeat(40), [])).toHaveLength(31);
    expect(sheetNameFor('::', [])).toBe('Sheet');
  });

  it('numbers a name already taken, case-insensitively', () => {
    expect(sheetNameFor('Plan', ['plan'])).toBe('Plan (2)');
    expect(sheetNameFor('Plan', ['plan', 'Plan (2)'])).toBe('Plan (3)');
    expect(sheetNameFor('很'.repeat(31), ['很'.repeat(31)])).toBe(`${'很'.repeat(27)} (2)`);
  });
});
