/** One spelling for every way a deadline can be typed, so the grammar has few forms to know. */
import { toHalfWidth } from '../text';
import { chineseNumeralsToDigits } from './numerals';

/** Traditional characters that the deadline grammar and its keywords use. */
const SIMPLIFIED: Record<string, string> = {
  長: '长',
  續: '续',
  態: '态',
  經: '经',
  週: '周',
  內: '内',
  號: '号',
  兩: '两',
  個: '个',
  開: '开',
  終: '终',
  當: '当',
  禮: '礼',
};
const TRADITIONAL_RE = new RegExp(`[${Object.keys(SIMPLIFIED).join('')}]`, 'g');

/**
 * Half-width, Simplified, lower-case, without spaces; Chinese numerals as digits; every dash and
 * tilde as `-`; 号 as 日; weekdays as 周0 (Sunday) … 周6. Idempotent.
 */
export function normaliseDeadlineText(text: string): string {
  const s = toHalfWidth(text)
    .replace(TRADITIONAL_RE, (ch) => SIMPLIFIED[ch])
    .toLowerCase()
    .replace(/\s+/g, '')
    .replace(/[~\u2010-\u2015\u2212\u301c-]+/g, '-');
  return chineseNumeralsToDigits(s)
    .replace(/20[x×*]{2}/g, '20xx')
    .replace(/(\d)号/g, '$1日')
    .replace(/(?:星期|礼拜|周)([1-7]|日|天)/g, (_, d: string) => `周${/[1-6]/.test(d) ? d : '0'}`);
}
