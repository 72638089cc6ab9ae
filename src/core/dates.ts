/**
 * Calendar dates as ISO strings (`YYYY-MM-DD`) with pure arithmetic: no time zones, no clock.
 * Everything in the core that talks about a day uses IsoDate.
 */
export type IsoDate = string;

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(text: string): boolean {
  const m = ISO_RE.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

export function isoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function parseIso(date: IsoDate): { year: number; month: number; day: number } {
  const m = ISO_RE.exec(date);
  if (!m) throw new RangeError(`not an ISO date: ${date}`);
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

/** Last day of a month as an IsoDate. */
export function endOfMonth(year: number, month: number): IsoDate {
  return isoDate(year, month, daysInMonth(year, month));
}

/** Days since 1970-01-01 (negative before). */
export function toEpochDay(date: IsoDate): number {
  const { year, month, day } = parseIso(date);
  return Math.round(Date.UTC(year, month - 1, day) / 86_400_000);
}

export function fromEpochDay(epochDay: number): IsoDate {
  const d = new Date(epochDay * 86_400_000);
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromEpochDay(toEpochDay(date) + days);
}

/** b − a in days. */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return toEpochDay(b) - toEpochDay(a);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: IsoDate): number {
  return (((toEpochDay(date) + 4) % 7) + 7) % 7;
}

/** Excel's 1900 date system: serial 1 = 1900-01-01, with its fictitious 1900-02-29 (serial 60). */
const EXCEL_EPOCH_DAY = toEpochDay('1899-12-30');

export function fromExcelSerial(serial: number): IsoDate {
  return fromEpochDay(EXCEL_EPOCH_DAY + Math.floor(serial));
}

export function toExcelSerial(date: IsoDate): number {
  return toEpochDay(date) - EXCEL_EPOCH_DAY;
}

/** The calendar day a Date value stands for; cell dates from xlsx readers are UTC midnight. */
export function fromDateValue(value: Date): IsoDate | null {
  if (isNaN(value.getTime())) return null;
  // A second of slack so 23:59:59.999 artefacts of serial conversion land on the right day.
  return fromEpochDay(Math.floor((value.getTime() + 1000) / 86_400_000));
}

/** Month key `YYYY-MM`. */
export function monthOf(date: IsoDate): string {
  return date.slice(0, 7);
}

/** The calendar day a moment falls on in the machine's time zone (the caller reads the clock). */
export function localIsoDate(moment: Date): IsoDate {
  return isoDate(moment.getFullYear(), moment.getMonth() + 1, moment.getDate());
}
