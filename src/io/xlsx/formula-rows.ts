/**
 * Formulas that Excel would fill down from one another, recognised so a column of them is written
 * once as a shared formula (the tracker's status formula is a kilobyte on every row).
 */

/** String literals and quoted sheet names, which hold no reference. */
const LITERAL = /("(?:[^"]|"")*"|'(?:[^']|'')*')/;
/** A cell reference with a relative row: not part of a longer name, not a function name. */
const RELATIVE_ROW = /(?<![A-Za-z0-9_.$])(\$?[A-Z]{1,3})(\d+)(?![\d(A-Za-z_.!])/g;

/**
 * The formula with every relative row reference written as its offset from `row`. Two formulas of
 * one column have the same key exactly when the lower is the upper filled down. Anything this
 * misreads as a reference only makes keys differ, so formulas are never wrongly shared.
 */
export function rowRelativeKey(formula: string, row: number): string {
  const parts = formula.split(LITERAL);
  for (let i = 0; i < parts.length; i += 2) {
    parts[i] = parts[i].replace(
      RELATIVE_ROW,
      (_all, col: string, digits: string) => `${col}[${+digits - row}]`,
    );
  }
  return parts.join('');
}
