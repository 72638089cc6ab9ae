/**
 * The dates a recurring deadline falls on. A day is taken in the last month of its period (每季度末
 * 25日 → 03-25, 06-25…), a day past the month's end means the month's end (每月31日 → 02-28), and a
 * missing day means the period's end; weeks end on Sunday.
 */
import { addDays, daysInMonth, endOfMonth, isoDate, parseIso, weekday, type IsoDate } from '../dates';
import type { Recurrence } from '../model';

/** Every occurrence of a recurrence within [from, to], inclusive, in order. */
export function occurrences(recurrence: Recurrence, from: IsoDate, to: IsoDate): IsoDate[] {
  checkRecurrence(recurrence);
  if (from > to) return [];
  if (recurrence.unit === 'week') return weekly(recurrence.weekday ?? 0, from, to);
  const found: IsoDate[] = [];
  for (let year = parseIso(from).year; year <= parseIso(to).year; year++) {
    for (const month of lastMonths(recurrence)) {
      const date = dayOf(year, month, recurrence.day);
      if (date >= from && date <= to) found.push(date);
    }
  }
  return found;
}

/** The first occurrence on or after `date`. */
export function nextOccurrence(recurrence: Recurrence, date: IsoDate): IsoDate {
  // Every unit repeats at least once a year, so a year and a bit always holds one.
  return occurrences(recurrence, date, addDays(date, 400))[0];
}

/** The last month of each period in a year. */
function lastMonths(recurrence: Recurrence): number[] {
  switch (recurrence.unit) {
    case 'month':
      return [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
    case 'quarter':
      return [3, 6, 9, 12];
    case 'half':
      return [6, 12];
    default:
      return [recurrence.month ?? 12];
  }
}

function dayOf(year: number, month: number, day: Recurrence['day']): IsoDate {
  if (day === undefined || day === 'end') return endOfMonth(year, month);
  return isoDate(year, month, Math.min(day, daysInMonth(year, month)));
}

function weekly(wanted: number, from: IsoDate, to: IsoDate): IsoDate[] {
  const found: IsoDate[] = [];
  for (let d = addDays(from, (wanted - weekday(from) + 7) % 7); d <= to; d = addDays(d, 7)) found.push(d);
  return found;
}

/** A recurrence built by hand with values out of range is a programming error. */
function checkRecurrence(r: Recurrence): void {
  const inRange = (v: number | undefined, min: number, max: number) =>
    v === undefined || (Number.isInteger(v) && v >= min && v <= max);
  const dayOk = r.day === 'end' || inRange(r.day, 1, 31);
  if (!inRange(r.weekday, 0, 6) || !inRange(r.month, 1, 12) || !dayOk) {
    throw new RangeError(`invalid recurrence: ${JSON.stringify(r)}`);
  }
}
