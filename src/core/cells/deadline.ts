/**
 * A deadline cell (完成时限) read as a Deadline. Text is normalised (deadline-text.ts), then read in
 * order: a recurrence (每月25日前), the dates and ranges it names (6月底前…，10月底前…), ongoing words
 * (长期, 持续推进); anything else is unparsed. Never throws for a cell value.
 */
import { type CellValue, cellText } from '../grid';
import {
  daysInMonth,
  fromDateValue,
  fromExcelSerial,
  isIsoDate,
  isoDate,
  parseIso,
  type IsoDate,
} from '../dates';
import type { Deadline } from '../model';
import { MAX_YEAR, MIN_YEAR, readDateItems, type DateItem } from './deadline-dates';
import { readRecurrence } from './deadline-recurrence';
import { normaliseDeadlineText } from './deadline-text';
import { INVALID } from './grammar';
import { nextOccurrence } from './recurrence';

export { nextOccurrence, occurrences } from './recurrence';

export interface DeadlineContext {
  /** The day the status is computed for: 本月, 即日 and the next occurrence of a recurrence use it. */
  asOf: IsoDate;
  /** The year of 20xx and of dates written without a year. */
  planYear: number;
}

const ONGOING = /长期|持续|常态化|经常性|常年/;
/** What offices type in a deadline cell that has none: a dash or slash, 无, 无时限, 不限. */
const NO_DEADLINE =
  /^(?:[\/／\\\-－—–_]+|[无無](?:(?:时限|時限|期限)(?:要求)?)?|不限(?:时间|時間)?|无需|無需)$/;
/** Serial numbers Excel shows as dates from 1954 to 2119; smaller or larger numbers are not dates. */
const SERIAL_MIN = 20000;
const SERIAL_MAX = 80000;
/** The years the text grammar reads; a date cell outside them (1899-12-30 from a zero serial) is unparsed. */
const FIRST_DAY = isoDate(MIN_YEAR, 1, 1);
const LAST_DAY = isoDate(MAX_YEAR, 12, 31);
/** Years a context may use, leaving room for 明年 and 次年 inside the grammar's years. */
export const CONTEXT_YEARS = { min: MIN_YEAR, max: MAX_YEAR - 1 } as const;

export function parseDeadline(value: CellValue, ctx: DeadlineContext): Deadline {
  checkContext(ctx);
  // undefined too: a sparse row read directly has holes.
  if (value === null || value === undefined) return undated('', 'none');
  if (typeof value === 'string') return parseText(value.trim(), ctx);
  if (value instanceof Date) {
    const date = fromDateValue(value);
    if (date && inRange(date)) return onDate(date);
    // The full timestamp, which cannot read back as a date the way -1900-12-31 would.
    return undated(date ? value.toISOString() : 'Invalid Date', 'unparsed');
  }
  if (typeof value === 'number') {
    const date = dateOfNumber(value);
    return date ? onDate(date) : undated(cellText(value), 'unparsed');
  }
  return undated(cellText(value), 'unparsed');
}

function parseText(text: string, ctx: DeadlineContext): Deadline {
  if (text === '') return undated('', 'none');
  if (NO_DEADLINE.test(text)) return undated(text, 'none');
  const normal = normaliseDeadlineText(text);
  const repeat = readRecurrence(normal);
  if (repeat === INVALID) return undated(text, 'unparsed');
  // The recurrence's own words (每年6月) are not a date of their own.
  const rest = repeat ? `${normal.slice(0, repeat.from)} ${normal.slice(repeat.to)}` : normal;
  const items = readDateItems(rest, ctx);
  if (items === INVALID) return undated(text, 'unparsed');
  const named = {
    milestones: items.flatMap((item) => (item.kind === 'range' ? [item.first, item.last] : [dateOf(item)])),
    ...(items.some((item) => item.placeholder) ? { placeholderYear: true } : {}),
  };
  if (repeat) {
    const due = nextOccurrence(repeat.recurrence, ctx.asOf);
    return { text, kind: 'recurring', due, start: null, ...named, recurrence: repeat.recurrence };
  }
  const dueIndex = lastDueIndex(items);
  if (dueIndex < 0) {
    const from = items.find((item) => item.kind === 'from');
    if (from) return { text, kind: 'ongoing', due: null, start: from.first, ...named };
    return undated(text, ONGOING.test(normal) ? 'ongoing' : 'unparsed');
  }
  const due = items[dueIndex];
  if (due.kind === 'range') return { text, kind: 'range', due: due.last, start: due.first, ...named };
  // 7月1日起，12月底前完成: a start given before the deadline makes a range.
  const from = items
    .slice(0, dueIndex)
    .reverse()
    .find((item) => item.kind === 'from' && item.first <= due.last);
  if (from) return { text, kind: 'range', due: due.last, start: from.first, ...named };
  return { text, kind: 'date', due: due.last, start: null, ...named };
}

/** The item that sets the deadline: the latest end among points and ranges, the later one on a tie. */
function lastDueIndex(items: DateItem[]): number {
  let best = -1;
  items.forEach((item, i) => {
    if (item.kind !== 'from' && (best < 0 || item.last >= items[best].last)) best = i;
  });
  return best;
}

/** The date a point or start names: a deadline's last day, a start's first. */
function dateOf(item: DateItem): IsoDate {
  return item.kind === 'from' ? item.first : item.last;
}

/** An Excel serial (46203), or eight digits typed as a number (20260630). */
function dateOfNumber(value: number): IsoDate | null {
  if (!Number.isFinite(value)) return null;
  if (value >= SERIAL_MIN && value <= SERIAL_MAX) return fromExcelSerial(value);
  if (!Number.isInteger(value) || value < MIN_YEAR * 10000 || value >= (MAX_YEAR + 1) * 10000) return null;
  const [year, month, day] = [Math.floor(value / 10000), Math.floor(value / 100) % 100, value % 100];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return isoDate(year, month, day);
}

function inRange(date: IsoDate): boolean {
  return isIsoDate(date) && date >= FIRST_DAY && date <= LAST_DAY;
}

function onDate(date: IsoDate): Deadline {
  return { text: date, kind: 'date', due: date, start: null, milestones: [date] };
}

/** A deadline that names no date: none, ongoing or unparsed. */
function undated(text: string, kind: 'none' | 'ongoing' | 'unparsed'): Deadline {
  return { text, kind, due: null, start: null, milestones: [] };
}

/** A context the caller built wrongly is a programming error, not a cell to report. */
function checkContext(ctx: DeadlineContext): void {
  const inYears = (year: number) =>
    Number.isInteger(year) && year >= CONTEXT_YEARS.min && year <= CONTEXT_YEARS.max;
  if (!isIsoDate(ctx.asOf) || !inYears(parseIso(ctx.asOf).year) || !inYears(ctx.planYear)) {
    throw new RangeError(`invalid deadline context: ${JSON.stringify(ctx)}`);
  }
}
