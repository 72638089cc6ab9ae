/**
 * The dates named in a normalised deadline text, in order: points (6月底), ranges (3月11日-4月15日) and
 * starts without an end (7月1日起). Text around them (前, 完成方案…) is ignored.
 */
import { daysInMonth, endOfMonth, isoDate, parseIso, type IsoDate } from '../dates';
import type { DeadlineContext } from './deadline';
import { INVALID, MONTH_PART, isDigit, matchAt, monthPart, type Invalid, type MonthDay } from './grammar';

export interface DateItem {
  kind: 'point' | 'range' | 'from';
  /** The first day named: a range's start, a from's date, the start of a point's span (4月 → 04-01). */
  first: IsoDate;
  /** The last day named: the deadline a point or range sets. */
  last: IsoDate;
  /** A year was written 20xx and read as the plan year. */
  placeholder: boolean;
}

/** What a range end inherits from its start (9月1日-9日, 20xx年9月20日至10月). */
interface Base {
  year: number;
  month: number | null;
  placeholder: boolean;
}

/** A date expression, read as the span of days it can mean: 2026年 is 01-01…12-31, 6月底 is 06-30…06-30. */
interface Point extends Base {
  first: IsoDate;
  last: IsoDate;
  /** Index just after the expression. */
  end: number;
  /** The year was inherited, so a range end before its start may mean the next year (12月-3月). */
  yearless: boolean;
}

const YMD = /(\d{4})[-./](\d{1,2})[-./](\d{1,2})(?!\d)/y;
const COMPACT = /(\d{4})(\d{2})(\d{2})(?!\d)/y;
const YM = /(\d{4})[-./](\d{1,2})(?!\d)/y;
const MD = /(\d{1,2})[./](\d{1,2})(?!\d)/y;
const YEAR = /(\d{4}|20xx)年|(明年|次年|今年|本年)/y;
const MONTH = /(\d{1,2})月份?/y;
const RELATIVE_MONTH = /(本月|当月|这个月)|(下个?月|次月)/y;
const QUARTER = /第?([1-4])季度?(?:末|底)?|q([1-4])/y;
const HALF = /([上下])半年/y;
const YEAR_TAIL = /年?(底|末|终|内|中)/y;
const BARE_YEAR_TAIL = /年(底|末|终|内|中)/y;
/** A day after a month; without 日 it must not be the start of a count (6月3个工作日). */
const DAY = /(\d{1,2})(?:日|(?![\d个天周年月]))/y;
const DAY_ONLY = /(\d{1,2})日/y;
const TODAY = /即日|今日|今天/y;
const CONNECTOR = /(起|开始)?([-至到])?/y;

/** Years written outside these are not dates (a 4-digit number in free text). */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2999;

export function readDateItems(text: string, ctx: DeadlineContext): DateItem[] | Invalid {
  const items: DateItem[] = [];
  const base: Base = { year: ctx.planYear, month: null, placeholder: false };
  let i = 0;
  while (i < text.length) {
    // Only read a number from its first digit, so 123月 is not read as 23月.
    const start = isDigit(text[i]) && isDigit(text[i - 1]) ? null : readPoint(text, i, base, ctx);
    if (start === INVALID) return INVALID;
    if (!start) {
      i++;
      continue;
    }
    const read = readAfterStart(text, start, ctx);
    if (read === INVALID) return INVALID;
    items.push(read.item);
    i = read.end;
  }
  return items;
}

/** What follows a point: a range end (至10月), a bare start (起), or nothing. */
function readAfterStart(
  text: string,
  start: Point,
  ctx: DeadlineContext,
): { item: DateItem; end: number } | Invalid {
  const connector = matchAt(CONNECTOR, text, start.end)!;
  const [, since, to] = connector;
  if (to) {
    let end = readEnd(text, connector.end, start, 0, ctx);
    if (end && end !== INVALID && end.last < start.first && end.yearless) {
      end = readEnd(text, connector.end, start, 1, ctx);
    }
    if (end === INVALID) return INVALID;
    if (end) {
      if (end.last < start.first) return INVALID;
      const placeholder = start.placeholder || end.placeholder;
      return { item: { kind: 'range', first: start.first, last: end.last, placeholder }, end: end.end };
    }
  }
  if (since) {
    const item: DateItem = {
      kind: 'from',
      first: start.first,
      last: start.first,
      placeholder: start.placeholder,
    };
    return { item, end: start.end + since.length };
  }
  return {
    item: { kind: 'point', first: start.first, last: start.last, placeholder: start.placeholder },
    end: start.end,
  };
}

function readEnd(text: string, index: number, start: Point, yearShift: number, ctx: DeadlineContext) {
  const base: Base = { year: start.year + yearShift, month: start.month, placeholder: start.placeholder };
  return readPoint(text, index, base, ctx) ?? (yearShift ? null : readDayOnly(text, index, base));
}

function readPoint(text: string, i: number, base: Base, ctx: DeadlineContext): Point | Invalid | null {
  return readNumeric(text, i, base) ?? readWords(text, i, base, ctx);
}

/** 2026-07-15, 2026.6.30, 2026/9/1, 20260630, 2026.6, 6.30, 6/30. */
function readNumeric(text: string, i: number, base: Base): Point | Invalid | null {
  const full = matchAt(YMD, text, i) ?? matchAt(COMPACT, text, i);
  if (full) {
    const [year, month, day] = [Number(full[1]), Number(full[2]), Number(full[3])];
    if (!validYear(year)) return null;
    const date = dateOf(year, month, day);
    // A separated date that does not exist is a typo to report; eight digits that are no date are just a number.
    if (!date) return full[0].length === 8 ? null : INVALID;
    return { first: date, last: date, end: full.end, year, month, placeholder: false, yearless: false };
  }
  const ym = matchAt(YM, text, i);
  if (ym) {
    const [year, month] = [Number(ym[1]), Number(ym[2])];
    if (!validYear(year)) return null;
    return monthPoint(year, month, ym.end, false, false);
  }
  const md = matchAt(MD, text, i);
  if (md) {
    const date = dateOf(base.year, Number(md[1]), Number(md[2]));
    if (!date) return null;
    return { ...base, first: date, last: date, end: md.end, month: Number(md[1]), yearless: true };
  }
  return null;
}

/** Chinese forms: an optional year (2026年, 20xx年, 明年) then a month, quarter, half or year end. */
function readWords(text: string, i: number, base: Base, ctx: DeadlineContext): Point | Invalid | null {
  let year = base.year;
  let placeholder = base.placeholder;
  let j = i;
  const y = matchAt(YEAR, text, i);
  if (y) {
    if (y[1] === '20xx') year = ctx.planYear;
    else if (y[1]) year = Number(y[1]);
    else year = y[2] === '次年' ? base.year + 1 : y[2] === '明年' ? ctx.planYear + 1 : ctx.planYear;
    if (!validYear(year)) return null;
    placeholder = y[1] === '20xx';
    j = y.end;
  }
  const yearless = !y;
  const span = (first: IsoDate, last: IsoDate, end: number): Point => ({
    first,
    last,
    end,
    year,
    month: null,
    placeholder,
    yearless,
  });

  const month = matchAt(MONTH, text, j);
  if (month) return withDay(text, month.end, year, Number(month[1]), placeholder, yearless);
  const relative = yearless ? matchAt(RELATIVE_MONTH, text, j) : null;
  if (relative) {
    const asOf = parseIso(ctx.asOf);
    const next = relative[2] !== undefined;
    const m = next ? (asOf.month % 12) + 1 : asOf.month;
    const yr = next && asOf.month === 12 ? asOf.year + 1 : asOf.year;
    return withDay(text, relative.end, yr, m, false, false);
  }
  const quarter = matchAt(QUARTER, text, j);
  if (quarter) {
    const q = Number(quarter[1] ?? quarter[2]);
    return span(isoDate(year, q * 3 - 2, 1), endOfMonth(year, q * 3), quarter.end);
  }
  const half = matchAt(HALF, text, j);
  if (half) {
    const first = half[1] === '上' ? isoDate(year, 1, 1) : isoDate(year, 7, 1);
    return span(first, half[1] === '上' ? isoDate(year, 6, 30) : isoDate(year, 12, 31), half.end);
  }
  // 年底 alone, or after a year (2026年底, 明年年底); never after a count (3年内).
  const tail = y
    ? matchAt(YEAR_TAIL, text, j)
    : isDigit(text[i - 1])
      ? null
      : matchAt(BARE_YEAR_TAIL, text, j);
  if (tail) {
    if (tail[1] === '中') return span(isoDate(year, 6, 30), isoDate(year, 6, 30), tail.end);
    const first = tail[1] === '内' ? isoDate(year, 1, 1) : isoDate(year, 12, 31);
    return span(first, isoDate(year, 12, 31), tail.end);
  }
  if (y) return span(isoDate(year, 1, 1), isoDate(year, 12, 31), j);
  const today = matchAt(TODAY, text, j);
  if (today)
    return { ...span(ctx.asOf, ctx.asOf, today.end), year: parseIso(ctx.asOf).year, yearless: false };
  return null;
}

/** After a month: a day (30日), a part of the month (上旬, 底), or nothing for the whole month. */
function withDay(
  text: string,
  k: number,
  year: number,
  month: number,
  placeholder: boolean,
  yearless: boolean,
): Point | Invalid {
  if (month < 1 || month > 12) return INVALID;
  const day = matchAt(DAY, text, k);
  if (day) {
    const date = dateOf(year, month, Number(day[1]));
    if (!date) return INVALID;
    return { first: date, last: date, end: day.end, year, month, placeholder, yearless };
  }
  const part = matchAt(MONTH_PART, text, k);
  if (part) {
    const { from, to } = monthPart(part[0]);
    const dayIn = (d: MonthDay) => (d === 'end' ? endOfMonth(year, month) : isoDate(year, month, d));
    return { first: dayIn(from), last: dayIn(to), end: part.end, year, month, placeholder, yearless };
  }
  return monthPoint(year, month, k, placeholder, yearless);
}

function monthPoint(
  year: number,
  month: number,
  end: number,
  placeholder: boolean,
  yearless: boolean,
): Point | Invalid {
  if (month < 1 || month > 12) return INVALID;
  return {
    first: isoDate(year, month, 1),
    last: endOfMonth(year, month),
    end,
    year,
    month,
    placeholder,
    yearless,
  };
}

/** A bare day as a range end takes its start's month: 9月1日-9日. */
function readDayOnly(text: string, index: number, base: Base): Point | Invalid | null {
  if (base.month === null) return null;
  const day = matchAt(DAY_ONLY, text, index);
  if (!day) return null;
  const date = dateOf(base.year, base.month, Number(day[1]));
  if (!date) return INVALID;
  return { ...base, first: date, last: date, end: day.end, yearless: false };
}

function dateOf(year: number, month: number, day: number): IsoDate | null {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
    ? isoDate(year, month, day)
    : null;
}

function validYear(year: number): boolean {
  return year >= MIN_YEAR && year <= MAX_YEAR;
}
