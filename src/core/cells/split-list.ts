/**
 * Splitting a cell that lists several units or persons: on 、，,；;／/ and line breaks,
 * never inside brackets, so 区城管局（区综合执法局） stays one name.
 */

const SEPARATORS = new Set(['、', '，', ',', '；', ';', '/', '／', '\n', '\r', '|', '｜']);
const OPEN = '（([【〔《<{';
const CLOSE = '）)]】〕》>}';
const ANY_SEPARATOR = /[、，,；;/／\n\r|｜]/;

export function splitList(text: string): string[] {
  // Most cells name one unit or person.
  if (!ANY_SEPARATOR.test(text)) {
    const only = cleanItem(text);
    return only ? [only] : [];
  }
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  // By index and slice, not a string built a character at a time: every unit and person cell
  // of a sheet comes through here. Brackets and separators are all single UTF-16 units.
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (OPEN.includes(ch)) depth++;
    else if (CLOSE.includes(ch) && depth > 0) depth--;
    else if (depth === 0 && SEPARATORS.has(ch)) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map(cleanItem).filter((p) => p.length > 0);
}

/** Trim spaces and the punctuation lists end with (。 等 are kept: 等 is part of what was written). */
const UNTRIMMED = /^[\s\u3000:：]|[\s\u3000。.]$/;
function cleanItem(item: string): string {
  return UNTRIMMED.test(item) ? item.replace(/^[\s\u3000:：]+|[\s\u3000。.]+$/g, '') : item;
}
