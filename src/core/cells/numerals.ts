/** Chinese numerals as written in deadlines: 十一, 二十五, 三十一, 二〇二六, 两. */
import { toHalfWidth } from '../text';

const DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  兩: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** A run of characters that may form a Chinese number, for scanning text. */
export const CHINESE_NUMERAL_RUN = /[〇零一二两兩三四五六七八九十百千]+/g;

/**
 * The value of a number written in ASCII or full-width digits or in Chinese numerals:
 * 十一 → 11, 二十五 → 25, 一百零五 → 105, 二〇二六 → 2026 (digit by digit, as years are written).
 * Null when the text is not exactly one number.
 */
export function parseChineseNumber(text: string): number | null {
  const s = toHalfWidth(text).trim();
  if (/^\d+$/.test(s)) return Number(s);
  if (s === '') return null;
  const chars = [...s];
  if (chars.every((ch) => ch in DIGITS)) {
    // A lone digit, or a digit-by-digit run like 二〇二六; 零 only appears inside one.
    return chars.length === 1 || chars[0] !== '零' ? Number(chars.map((ch) => DIGITS[ch]).join('')) : null;
  }
  return positional(chars);
}

/** 十 / 百 / 千 notation: each unit smaller than the one before, 零 only as a filler before a digit. */
function positional(chars: string[]): number | null {
  let total = 0;
  let pending: number | null = null;
  let lastUnit = Infinity;
  let filler = false;
  let pendingAfterFiller = false;
  for (const [i, ch] of chars.entries()) {
    if (ch in UNITS) {
      const unit = UNITS[ch];
      if (unit >= lastUnit || filler) return null;
      // A leading 十 stands for 一十 (十一 = 11); other units need their digit.
      const digit = pending ?? (i === 0 && unit === 10 ? 1 : null);
      if (!digit) return null;
      total += digit * unit;
      lastUnit = unit;
      pending = null;
    } else if (ch in DIGITS) {
      if (pending !== null) return null;
      if (DIGITS[ch] === 0) {
        if (filler || i === 0 || i === chars.length - 1) return null;
        filler = true;
      } else {
        pending = DIGITS[ch];
        pendingAfterFiller = filler;
        filler = false;
      }
    } else {
      return null;
    }
  }
  // 一百五 is colloquial for 150, not 105: refuse rather than guess.
  if (pending !== null && lastUnit > 10 && !pendingAfterFiller) return null;
  return total + (pending ?? 0);
}

/** Every Chinese number in the text as ASCII digits (三十一日 → 31日); runs that are not numbers stay. */
export function chineseNumeralsToDigits(text: string): string {
  return text.replace(CHINESE_NUMERAL_RUN, (run) => {
    const n = parseChineseNumber(run);
    return n === null ? run : String(n);
  });
}
