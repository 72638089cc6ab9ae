import { isDoneValue } from '../../../src/core/cells/completion';

describe('isDoneValue', () => {
  it.each([
    '已完成',
    '完成',
    '已办结',
    '办结',
    '销号',
    '是',
    '√',
    '✓',
    'Y',
    'y',
    '100%',
    ' 已完成。',
    '已完成整改',
    'Done',
    '已辦結',
  ])('%s is done', (text) => expect(isDoneValue(text)).toBe(true));

  it.each(['', '未完成', '否', '推进中', '正在推进', '完成85%', '已完成85%', 'N', '×', '部分完成', '待办结'])(
    '%s is not done',
    (text) => expect(isDoneValue(text)).toBe(false),
  );

  it('reads booleans and fractions', () => {
    expect(isDoneValue(true)).toBe(true);
    expect(isDoneValue(false)).toBe(false);
    expect(isDoneValue(1)).toBe(true);
    expect(isDoneValue(0.85)).toBe(false);
    expect(isDoneValue(null)).toBe(false);
    expect(isDoneValue({ error: '#N/A' })).toBe(false);
  });
});
