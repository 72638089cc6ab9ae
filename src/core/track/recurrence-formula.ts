/**
 * A recurring deadline's next occurrence as an Excel formula over TODAY(), so a tracker opened
 * next month shows next month's date without the add-in. Mirrors cells/recurrence.ts.
 */
import type { Recurrence } from '../model';

const T = 'TODAY()';

/** Months ahead, from today's month, to the last month of the current period. */
function monthsToPeriodEnd(recurrence: Recurrence): { offset: string; period: number } {
  switch (recurrence.unit) {
    case 'month':
      return { offset: '0', period: 1 };
    case 'quarter':
      return { offset: `MOD(3-MONTH(${T}),3)`, period: 3 };
    case 'half':
      return { offset: `MOD(6-MONTH(${T}),6)`, period: 6 };
    default:
      return { offset: `MOD(${recurrence.month ?? 12}-MONTH(${T}),12)`, period: 12 };
  }
}

/** The occurrence `months` months ahead of today's month. */
function occurrenceIn(months: string, day: Recurrence['day']): string {
  const end = `EOMONTH(${T},${months})`;
  if (day === undefined || day === 'end') return end;
  return `MIN(DATE(YEAR(${T}),MONTH(${T})+${months},${day}),${end})`;
}

export function recurrenceFormula(recurrence: Recurrence): string {
  if (recurrence.unit === 'week') {
    // WEEKDAY counts Sunday as 1; Recurrence counts Sunday as 0.
    return `${T}+MOD(${(recurrence.weekday ?? 0) + 1}-WEEKDAY(${T}),7)`;
  }
  const { offset, period } = monthsToPeriodEnd(recurrence);
  const first = occurrenceIn(offset, recurrence.day);
  if (recurrence.day === undefined || recurrence.day === 'end') return first;
  const later = occurrenceIn(`${offset}+${period}`, recurrence.day);
  return `IF(${first}>=${T},${first},${later})`;
}
