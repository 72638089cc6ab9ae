/**
 * When the tracker counts a task as done. The same rule exists twice — here, for the cached values
 * the build writes, and as the Excel formula in the status column — and the two must agree.
 * It is a strict subset of the reader's isDoneValue, so a first build never loses a done task:
 * where the source's wording is not understood here, the build writes a plain done word instead.
 */
import { DONE_PREFIXES, DONE_WORDS } from '../cells/done-words';
import type { SpecValue } from '../sheets/spec';

const DONE_SET = new Set(DONE_WORDS.map((w) => w.toLowerCase()));

/** Excel's TRIM: no leading or trailing spaces, inner runs of spaces collapsed to one. */
function excelTrim(text: string): string {
  return text.replace(/ +/g, ' ').replace(/^ | $/g, '');
}

function cellString(value: SpecValue): string {
  if (value === null) return '';
  if (typeof value === 'object') return 'date' in value ? value.date : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

export function trackerDone(completion: SpecValue, doneDate: SpecValue): boolean {
  const text = excelTrim(cellString(completion));
  if (DONE_SET.has(text.toLowerCase())) return true;
  if (DONE_PREFIXES.some((p) => text.startsWith(p)) && !text.includes('%')) return true;
  return text === '' && doneDate !== null && cellString(doneDate) !== '';
}

/** The Excel expression for trackerDone over two cell references (for one row). */
export function doneFormula(completionRef: string, doneDateRef: string): string {
  const words = DONE_WORDS.map((w) => `"${w}"`).join(',');
  const prefixes = DONE_PREFIXES.map((p) => `LEFT(${completionRef},${p.length})="${p}"`).join(',');
  return (
    `OR(OR(TRIM(${completionRef})={${words}}),` +
    `AND(OR(${prefixes}),ISERROR(FIND("%",${completionRef}))),` +
    `AND(TRIM(${completionRef})="",${doneDateRef}<>""))`
  );
}
