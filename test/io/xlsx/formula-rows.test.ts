/** Recognising formulas filled down from one another, as Excel would fill them. */
import { fillDown } from '../../../src/io/xlsx/formula-rows';

describe('fillDown', () => {
  it('shifts relative rows, across a change in their number of digits', () => {
    const at99 = fillDown('IF(ISNUMBER(J99),J99-TODAY(),"")', 99);
    expect(at99('IF(ISNUMBER(J100),J100-TODAY(),"")', 100)).toBe(true);
    expect(at99('IF(ISNUMBER(J101),J101-TODAY(),"")', 100)).toBe(false);
    expect(at99('IF(ISNUMBER(J100),J99-TODAY(),"")', 100)).toBe(false);
  });

  it('keeps absolute rows, string literals, quoted sheet names and function names as they are', () => {
    const at3 = fillDown(`SUM(A$3:A3)+LOG10(B3)+COUNTIF('Q3表'!C3,"A3")`, 3);
    expect(at3(`SUM(A$3:A4)+LOG10(B4)+COUNTIF('Q3表'!C4,"A3")`, 4)).toBe(true);
    expect(at3(`SUM(A$4:A4)+LOG10(B4)+COUNTIF('Q3表'!C4,"A3")`, 4)).toBe(false);
    expect(at3(`SUM(A$3:A4)+LOG10(B4)+COUNTIF('Q4表'!C4,"A3")`, 4)).toBe(false);
    expect(at3(`SUM(A$3:A4)+LOG10(B4)+COUNTIF('Q3表'!C4,"A4")`, 4)).toBe(false);
  });

  it('follows sheet-qualified references and leaves nothing else to match', () => {
    const at4 = fillDown(`'跟踪台账'!L4`, 4);
    expect(at4(`'跟踪台账'!L5`, 5)).toBe(true);
    expect(at4(`'跟踪台账'!L5&""`, 5)).toBe(false);
    expect(fillDown('TODAY()', 4)('TODAY()', 5)).toBe(true);
  });
});
