/** Small pieces shared by the deadline readers, which work on normalised text (see deadline-text.ts). */

/** A form that was recognised but names a day that does not exist (2月30日, 13月): the cell is unparsed. */
export const INVALID = 'invalid';
export type Invalid = typeof INVALID;

/** A sticky regex matched at exactly `index`, with the index just after the match. */
export function matchAt(re: RegExp, text: string, index: number): (RegExpExecArray & { end: number }) | null {
  re.lastIndex = index;
  const m = re.exec(text);
  return m ? Object.assign(m, { end: index + m[0].length }) : null;
}

export function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

/** A day of a month, or its last day. */
export type MonthDay = number | 'end';

/**
 * The days a part of a month covers: 上旬 1–10, 中旬 11–20, 下旬 21–end, 底 and 末 the last day;
 * 初 reads as 上旬 and a bare 中 as 中旬.
 */
export function monthPart(word: string): { from: MonthDay; to: MonthDay } {
  if (word === '上旬' || word === '初') return { from: 1, to: 10 };
  if (word === '中旬' || word === '中') return { from: 11, to: 20 };
  if (word === '下旬') return { from: 21, to: 'end' };
  return { from: 'end', to: 'end' };
}

/** The words monthPart knows, as a sticky regex. */
export const MONTH_PART = /[上中下]旬|初|中|底|末/y;
