import fc from 'fast-check';
import { parseDeadline } from '../../../src/core/cells/deadline';
import { normaliseDeadlineText } from '../../../src/core/cells/deadline-text';
import { isIsoDate } from '../../../src/core/dates';
import type { Deadline, DeadlineKind } from '../../../src/core/model';

const KINDS: readonly DeadlineKind[] = ['date', 'range', 'recurring', 'ongoing', 'unparsed', 'none'];
const ctx = { asOf: '2026-11-30', planYear: 2026 };

/** The characters deadlines are written with, so generated strings often come close to a real form. */
const DEADLINE_ALPHABET = [
  ...'0123456789０１２３４５６７８９',
  ...'〇零一二两三四五六七八九十百',
  ...'年月日号旬底末初中前后至到起每季度半上下长期持续常态化周星期第内全面完成即今明次本当个',
  ...'長週號內續態兩xXqQ',
  ...'-–—~～/.．，、；()（） \t\n',
];
const deadlineText = fc
  .array(
    fc.oneof(
      fc.constantFrom(...DEADLINE_ALPHABET),
      fc.constantFrom('20xx年', '12月', '31日', '每月', '第3季度'),
    ),
    {
      maxLength: 24,
    },
  )
  .map((parts) => parts.join(''));
const anyText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  deadlineText,
);

function checkShape(d: Deadline): void {
  expect(KINDS).toContain(d.kind);
  if (d.due !== null) expect(isIsoDate(d.due)).toBe(true);
  if (d.start !== null) expect(isIsoDate(d.start)).toBe(true);
  for (const m of d.milestones) expect(isIsoDate(m)).toBe(true);
  if (d.kind === 'date' || d.kind === 'range' || d.kind === 'recurring') expect(d.due).not.toBeNull();
  if (d.kind === 'range') expect(d.start).not.toBeNull();
  if (d.kind === 'recurring') expect(d.recurrence).toBeDefined();
  if (d.kind === 'ongoing' || d.kind === 'unparsed' || d.kind === 'none') expect(d.due).toBeNull();
  if (d.due !== null && d.start !== null) expect(d.due >= d.start).toBe(true);
  if (d.kind === 'date' || d.kind === 'range') expect(d.milestones).toContain(d.due);
}

describe('parseDeadline properties', () => {
  it('never throws and always returns a well-formed Deadline for any text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        checkShape(parseDeadline(text, ctx));
      }),
      { numRuns: 3000 },
    );
  });

  it('reading its own text again gives the same Deadline', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const once = parseDeadline(text, ctx);
        expect(parseDeadline(once.text, ctx)).toEqual(once);
      }),
      { numRuns: 2000 },
    );
  });

  it('the normalisation is idempotent', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const once = normaliseDeadlineText(text);
        expect(normaliseDeadlineText(once)).toBe(once);
      }),
      { numRuns: 3000 },
    );
  });

  it('any cell value: never throws, well formed, and its text reads back the same', () => {
    const cell = fc.oneof(
      anyText,
      fc.double(),
      fc.integer({ min: 19000000, max: 30000000 }),
      fc.integer({ min: 0, max: 100000 }),
      fc.date(),
      fc.boolean(),
      fc.constant(null),
      fc.constantFrom({ error: '#N/A' }, { error: '#REF!' }),
    );
    fc.assert(
      fc.property(cell, (value) => {
        const d = parseDeadline(value, ctx);
        checkShape(d);
        // A number that is no date keeps its digits as text, and text may read 12.5 as 12月5日.
        if (typeof value !== 'number' || d.kind !== 'unparsed') expect(parseDeadline(d.text, ctx)).toEqual(d);
      }),
      { numRuns: 3000 },
    );
  });

  it('holds for any as-of date and plan year', () => {
    fc.assert(
      fc.property(
        deadlineText,
        fc.date({
          min: new Date(Date.UTC(1900, 0, 1)),
          max: new Date(Date.UTC(2998, 11, 31)),
          noInvalidDate: true,
        }),
        fc.integer({ min: 1900, max: 2998 }),
        (text, asOfDate, planYear) => {
          checkShape(parseDeadline(text, { asOf: asOfDate.toISOString().slice(0, 10), planYear }));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
