/** Is this a text file (CSV, TSV) rather than binary? Judged from its first bytes. */

const SAMPLE = 64 * 1024;
const UTF8_BOM = [0xef, 0xbb, 0xbf];

export function hasUtf16Bom(b: Uint8Array): boolean {
  return b.length >= 2 && ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff));
}

/**
 * Text has no NUL bytes (UTF-16 aside, which needs its BOM here) and almost no control characters
 * besides tab, line breaks and form feed; any legacy multibyte encoding (GBK) passes.
 */
export function looksLikeText(b: Uint8Array): boolean {
  if (hasUtf16Bom(b)) return true;
  const n = Math.min(b.length, SAMPLE);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const c = b[i];
    if (c === 0) return false;
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) controls++;
  }
  return controls * 100 <= n;
}

/** The first visible character is `<`: an HTML or XML page, however it is named. */
export function looksLikeMarkup(b: Uint8Array): boolean {
  let i = UTF8_BOM.every((v, k) => b[k] === v) ? 3 : 0;
  while (i < b.length && (b[i] === 0x20 || b[i] === 0x09 || b[i] === 0x0a || b[i] === 0x0d)) i++;
  return b[i] === 0x3c;
}
