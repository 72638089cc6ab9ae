/**
 * Splitting a cell that lists several units or persons: on 、，,；;／/ and line breaks,
 * never inside brackets, so 区城管局（区综合执法局） stays one name.
 */

const SEPARATORS = new Set(['、', '，', ',', '；', ';', '/', '／', '\n', '\r', '|', '｜']);
const OPEN = '（([【〔《<{';
const CLOSE = '）)]】〕》>}';

export function splitList(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (OPEN.includes(ch)) depth++;
    else if (CLOSE.includes(ch) && depth > 0) depth--;
    if (depth === 0 && SEPARATORS.has(ch)) {
      parts.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  parts.push(current);
  return parts.map(cleanItem).filter((p) => p.length > 0);
}

/** Trim spaces and the punctuation lists end with (。 等 are kept: 等 is part of what was written). */
function cleanItem(item: string): string {
  return item.replace(/^[\s\u3000:：]+|[\s\u3000。.]+$/g, '');
}
