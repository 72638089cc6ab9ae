/**
 * Cell values across the Office.js boundary. Writing: a spec value as an entry of `range.formulas`
 * (which is how Excel takes constants and formulas in one 2-D array). Reading: `values` plus
 * `numberFormat` back to the Grid's CellValue, with date-formatted serials as dates as exceljs gives them.
 */
import { toExcelSerial } from '../../core/dates';
import type { CellValue } from '../../core/grid';
import { isDateValue, isFormula, type SpecValue } from '../../core/sheets/spec';

export type FormulaEntry = string | number | boolean;

/** Characters that make Excel read typed text as a formula (= + - @) or that CSV injection uses. */
const FORMULA_START = /^[=+\-@\t\r\n#']/;
/** Text made only of these may be a number, date, time, percentage or amount to Excel (with a digit). */
const NUMERIC_CHARS = /^[\s\d.,:;/\\()%$¥￥€£年月日号時时分秒上下午点apmEe+-]*$/i;
/** English month names make `30-Jun` or `Jun 30` a date too. */
const MONTH_DATE =
  /^\s*(?:\d{1,4}[\s\-/.]*)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[\s\-/.,\d]*$/i;
/** Anything beyond ASCII and the date words rules out a number or a date; most task text stops here. */
const PLAIN_TEXT = /[^\x00-\x7f年月日号時时分秒上下午点¥￥€£]/;

/**
 * Whether a string needs Excel's text prefix (a leading apostrophe, shown in no cell and dropped by
 * `values`) to stay the text it is: text Excel would read as a formula, an error, a number, a date, a
 * time or a boolean. Text that already starts with an apostrophe needs one more, or Excel would eat
 * it. A text number format (`@`) would do the same but stays on the cell: a date later typed into an
 * input column would then stay text and the status formulas would not see it.
 */
export function needsTextPrefix(text: string): boolean {
  if (FORMULA_START.test(text)) return true;
  if (PLAIN_TEXT.test(text)) return false;
  return (
    (/\d/.test(text) && NUMERIC_CHARS.test(text)) ||
    /^\s*(true|false)\s*$/i.test(text) ||
    MONTH_DATE.test(text)
  );
}

/** A spec value as an entry of `range.formulas`: strings always text, dates as serials, formulas with `=`. */
export function formulaEntry(value: SpecValue): FormulaEntry {
  if (value === null) return '';
  if (typeof value === 'string') return needsTextPrefix(value) ? `'${value}` : value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : '';
  if (typeof value === 'boolean') return value;
  if (isDateValue(value)) return toExcelSerial(value.date);
  if (isFormula(value)) return `=${value.formula}`;
  return '';
}

/** Error values as `values` reports them. */
const ERROR_VALUES = new Set([
  '#NULL!',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#N/A',
  '#GETTING_DATA',
  '#SPILL!',
  '#CALC!',
  '#FIELD!',
  '#BLOCKED!',
  '#CONNECT!',
  '#BUSY!',
  '#UNKNOWN!',
]);

/** A number format that shows a date or time: d, y, or m next to them, once quoted text and [..] are gone. */
export function isDateFormat(format: unknown): boolean {
  if (typeof format !== 'string' || format === '' || format === 'General') return false;
  const bare = format
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/\\./g, '')
    .replace(/_./g, '');
  return /[dy]/i.test(bare) || /h/i.test(bare) || (/m/i.test(bare) && /[:s]/.test(bare));
}

/** Days from Excel's epoch (1899-12-30) to 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25569;

/** A cell from `values` and `numberFormat` as the Grid holds it (dates as UTC, like exceljs). */
export function gridCell(value: unknown, format: unknown): CellValue {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'string') return ERROR_VALUES.has(value) ? { error: value } : value;
  if (typeof value === 'number') {
    if (!isDateFormat(format)) return value;
    return new Date(Math.round((value - UNIX_EPOCH_SERIAL) * 86_400_000));
  }
  if (typeof value === 'boolean') return value;
  return String(value);
}
