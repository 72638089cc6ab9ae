/** A repeating deadline in normalised text: 每月25日前, 每月底, 每季度末, 每半年, 每年6月, 每周1. */
import { daysInMonth } from '../dates';
import type { Recurrence } from '../model';
import { INVALID, MONTH_PART, matchAt, monthPart, type Invalid, type MonthDay } from './grammar';

const PART = `(${MONTH_PART.source})`;
const MONTHLY = new RegExp(`每个?月的?(?:(\\d{1,2})日|${PART})?`, 'y');
const QUARTERLY = /每个?季度?(?:末|底)?(?:(\d{1,2})日)?/y;
const HALF_YEARLY = /每半年/y;
const YEARLY = new RegExp(`每年度?(?:(\\d{1,2})月份?(?:(\\d{1,2})日|${PART})?|(底|末))?`, 'y');
const WEEKLY = /每周([0-6])?/y;

/** The first recurrence in the text and where it stands, so the caller can read the rest for dates. */
export function readRecurrence(
  text: string,
): { recurrence: Recurrence; from: number; to: number } | Invalid | null {
  for (let i = text.indexOf('每'); i >= 0; i = text.indexOf('每', i + 1)) {
    const found = readAt(text, i);
    if (found === INVALID) return INVALID;
    if (found) return { recurrence: found.recurrence, from: i, to: found.end };
  }
  return null;
}

function readAt(text: string, i: number): { recurrence: Recurrence; end: number } | Invalid | null {
  const monthly = matchAt(MONTHLY, text, i);
  if (monthly) {
    const day = dayOf(monthly[1], monthly[2], 31);
    return day === INVALID ? INVALID : { recurrence: withDay({ unit: 'month' }, day), end: monthly.end };
  }
  const quarterly = matchAt(QUARTERLY, text, i);
  if (quarterly) {
    const day = dayOf(quarterly[1], undefined, 31);
    return day === INVALID ? INVALID : { recurrence: withDay({ unit: 'quarter' }, day), end: quarterly.end };
  }
  const halfYearly = matchAt(HALF_YEARLY, text, i);
  if (halfYearly) return { recurrence: { unit: 'half' }, end: halfYearly.end };
  const yearly = matchAt(YEARLY, text, i);
  if (yearly) {
    const month = yearly[1] === undefined ? 12 : Number(yearly[1]);
    if (month < 1 || month > 12) return INVALID;
    // A leap year, so 每年2月29日 is allowed; occurrences take the month's last day in other years.
    const day = dayOf(yearly[2], yearly[3] ?? yearly[4], daysInMonth(2000, month));
    return day === INVALID ? INVALID : { recurrence: withDay({ unit: 'year', month }, day), end: yearly.end };
  }
  const weekly = matchAt(WEEKLY, text, i);
  if (weekly) {
    const recurrence: Recurrence =
      weekly[1] === undefined ? { unit: 'week' } : { unit: 'week', weekday: Number(weekly[1]) };
    return { recurrence, end: weekly.end };
  }
  return null;
}

/** The day a recurrence names: digits, a part of the month, or none (the period's end). */
function dayOf(
  digits: string | undefined,
  word: string | undefined,
  maxDay: number,
): MonthDay | undefined | Invalid {
  if (digits !== undefined) {
    const day = Number(digits);
    return day >= 1 && day <= maxDay ? day : INVALID;
  }
  return word === undefined ? undefined : monthPart(word).to;
}

function withDay(recurrence: Recurrence, day: MonthDay | undefined): Recurrence {
  return day === undefined ? recurrence : { ...recurrence, day };
}
