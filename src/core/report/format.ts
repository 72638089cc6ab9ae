/** Dates, months and shares as the report writes them in running text. */
import { parseIso, type IsoDate } from '../dates';
import { t, type Lang } from '../../i18n';
import { monthParts } from './months';

/** 2026年11月30日 / 2026-11-30. */
export function longDate(lang: Lang, date: IsoDate): string {
  const { year, month, day } = parseIso(date);
  return t(lang, 'report.date', { year, month, day, iso: date });
}

/** 12月 (or 2027年1月 when the year differs from `year`) / 2026-12. */
export function monthName(lang: Lang, month: string, year: number): string {
  const parts = monthParts(month);
  return parts.year === year
    ? t(lang, 'report.monthShort', { month: parts.month, iso: month })
    : t(lang, 'report.monthLong', { year: parts.year, month: parts.month, iso: month });
}

/** 0.1667 → 16.7%. */
export function percentText(share: number): string {
  return `${(Math.round(share * 1000) / 10).toFixed(1)}%`;
}

export function share(part: number, total: number): number {
  return total > 0 ? part / total : 0;
}
