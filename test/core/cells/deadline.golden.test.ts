import { parseDeadline } from '../../../src/core/cells/deadline';
import { describeIfExists } from '../../helpers/paths';
import { DEADLINES_TSV, GOLDEN_CONTEXT, loadGoldenCases } from './deadline-samples';

const cases = loadGoldenCases();

describeIfExists(DEADLINES_TSV)('deadlines.tsv golden table', () => {
  it('has its 45 cases', () => {
    expect(cases).toHaveLength(45);
  });

  // it.each refuses an empty table, which is what a skipped block would hand it.
  if (cases.length > 0) {
    it.each(cases)('$text → $kind $due', ({ text, kind, due }) => {
      const deadline = parseDeadline(text, GOLDEN_CONTEXT);
      expect({ kind: deadline.kind, due: deadline.due }).toEqual({ kind, due });
    });
  }
});
