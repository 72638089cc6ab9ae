/**
 * Formulas that Excel would fill down from one another, recognised so a column of them is written
 * once as a shared formula (the tracker's status formula is a kilobyte on every row).
 */

/** String literals and quoted sheet names, which hold no reference. */
const LITERAL = /("(?:[^"]|"")*"|'(?:[^']|'')*')/;
/** A cell reference with a relative row: not part of a longer name, not a function name. */
const RELATIVE_ROW = /(?<![A-Za-z0-9_.$])(\$?[A-Z]{1,3})(\d+)(?![\d(A-Za-z_.!])/g;

/** Tells whether a formula is this one filled down (or up) to another row. */
export type FillDown = (formula: string, row: number) => boolean;

/**
 * The formula written at `row`, cut at its relative row numbers, so a formula at another row is
 * compared with what filling it down gives without building that text. Anything this misreads as a
 * reference only makes formulas differ, so formulas are never wrongly shared.
 */
export function fillDown(formula: string, row: number): FillDown {
  const texts: string[] = [];
  const offsets: number[] = [];
  let text = '';
  formula.split(LITERAL).forEach((part, i) => {
    if (i % 2 === 1) {
      text += part;
      return;
    }
    let at = 0;
    for (const m of part.matchAll(RELATIVE_ROW)) {
      const digitsAt = (m.index ?? 0) + m[1].length;
      texts.push(text + part.slice(at, digitsAt));
      offsets.push(Number(m[2]) - row);
      text = '';
      at = digitsAt + m[2].length;
    }
    text += part.slice(at);
  });
  return (other, otherRow) => {
    let at = 0;
    for (let i = 0; i < offsets.length; i++) {
      if (!other.startsWith(texts[i], at)) return false;
      at += texts[i].length;
      const digits = String(offsets[i] + otherRow);
      if (!other.startsWith(digits, at)) return false;
      at += digits.length;
    }
    return other.length === at + text.length && other.endsWith(text);
  };
}
