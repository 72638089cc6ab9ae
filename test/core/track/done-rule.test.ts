import fc from 'fast-check';
import { isDoneValue } from '../../../src/core/cells/completion';
import { DONE_WORDS } from '../../../src/core/cells/done-words';
import { doneFormula, trackerDone } from '../../../src/core/track/done-rule';

describe('trackerDone', () => {
  it.each(['已完成', ' 已完成 ', 'done', 'YES', '已完成整改', '销号', '100%'])('%s is done', (text) => {
    expect(trackerDone(text, null)).toBe(true);
  });

  it.each(['', '未完成', '已完成85%', '推进中', '否'])('%s is not done', (text) => {
    expect(trackerDone(text, null)).toBe(false);
  });

  it('a date done with no completion word is done', () => {
    expect(trackerDone(null, { date: '2026-06-20' })).toBe(true);
    expect(trackerDone('推进中', { date: '2026-06-20' })).toBe(false);
  });

  it('never says done where the reader says not done, so a first build loses no done task', () => {
    const word = fc.oneof(fc.constantFrom(...DONE_WORDS, '未完成', '已完成85%', '已完成整改'), fc.string());
    fc.assert(
      fc.property(fc.tuple(fc.constantFrom('', ' ', '  '), word, fc.constantFrom('', ' ')), ([a, w, b]) => {
        const text = a + w + b;
        if (trackerDone(text, null)) expect(isDoneValue(text)).toBe(true);
      }),
    );
  });

  it('is written as one Excel expression over the two cells', () => {
    const formula = doneFormula('M4', 'N4');
    expect(formula).toMatch(/^OR\(OR\(TRIM\(M4\)=\{"已完成",/);
    expect(formula).toContain('AND(TRIM(M4)="",N4<>"")');
  });
});
