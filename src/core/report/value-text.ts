/** A cell value of the tracker as one line of text, and as a date where it is one. */
import { isIsoDate, type IsoDate } from '../dates';
import { isDateValue, isFormula, type SpecValue } from '../sheets/spec';

export function valueText(value: SpecValue): string {
  if (value === null) return '';
  if (isFormula(value)) return valueText(value.result);
  if (isDateValue(value)) return value.date;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value).trim();
}

/** The date a cell holds: a date value, or text written as YYYY-MM-DD. */
export function valueDate(value: SpecValue): IsoDate | null {
  if (value !== null && typeof value === 'object' && isDateValue(value)) return value.date;
  const text = valueText(value);
  return isIsoDate(text) ? text : null;
}
