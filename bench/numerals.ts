/** Chinese and full-width numerals as offices write them. */
const DIGITS = '〇一二三四五六七八九';

/** 1–99 in Chinese numerals: 十, 十一, 二十五, 九十九. */
export function chineseNumber(n: number): string {
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  const head = tens === 0 ? '' : tens === 1 ? '十' : `${DIGITS[tens]}十`;
  return head + (ones === 0 ? (tens === 0 ? DIGITS[0] : '') : DIGITS[ones]);
}

export function fullWidth(text: string): string {
  return text.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 48 + 0xff10));
}
