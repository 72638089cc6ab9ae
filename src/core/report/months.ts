/** Month keys (`YYYY-MM`) and their first and last days. */
import { endOfMonth, isoDate, type IsoDate } from '../dates';

export function monthParts(month: string): { year: number; month: number } {
  return { year: Number(month.slice(0, 4)), month: Number(month.slice(5, 7)) };
}

export function nextMonth(month: string): string {
  const { year, month: m } = monthParts(month);
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
}

export function firstDay(month: string): IsoDate {
  const { year, month: m } = monthParts(month);
  return isoDate(year, m, 1);
}

export function lastDay(month: string): IsoDate {
  const { year, month: m } = monthParts(month);
  return endOfMonth(year, m);
}
