/** References to other sheets in formulas. */

/** `'跟踪台账'!`: always quoted, since generated names hold CJK, spaces and brackets; ' is doubled. */
export function sheetRef(name: string): string {
  return `'${name.replace(/'/g, "''")}'!`;
}

/** A formula string literal: "text" with " doubled. */
export function formulaText(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}
