/** RFC 4180 records, read leniently: a file from the wild never makes the parser throw. */

export type Delimiter = ',' | '\t' | ';';
const CANDIDATES: readonly Delimiter[] = [',', '\t', ';'];
const SAMPLE_CHARS = 64 * 1024;
const SAMPLE_LINES = 50;
const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;

/** Delimiter counts of the first lines, outside quotes; a quoted newline does not end a line. */
function countsPerLine(text: string): Map<Delimiter, number>[] {
  const lines: Map<Delimiter, number>[] = [];
  let counts = new Map<Delimiter, number>();
  let quoted = false;
  const end = Math.min(text.length, SAMPLE_CHARS);
  for (let i = 0; i < end && lines.length < SAMPLE_LINES; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (c === '\n' || c === '\r') {
      if (counts.size > 0) lines.push(counts);
      counts = new Map();
    } else if (c === ',' || c === '\t' || c === ';') counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  if (counts.size > 0) lines.push(counts);
  return lines;
}

/**
 * The candidate that splits the most lines into the same number of fields; a title line above the
 * header or a stray comma inside a tab-separated cell does not sway it. Comma when nothing splits.
 */
export function detectDelimiter(text: string): Delimiter {
  const lines = countsPerLine(text);
  let best: Delimiter = ',';
  let bestLines = 0;
  let bestCount = 0;
  for (const d of CANDIDATES) {
    const frequency = new Map<number, number>();
    for (const line of lines) {
      const n = line.get(d);
      if (n) frequency.set(n, (frequency.get(n) ?? 0) + 1);
    }
    for (const [count, nLines] of frequency) {
      if (nLines > bestLines || (nLines === bestLines && count > bestCount)) {
        [best, bestLines, bestCount] = [d, nLines, count];
      }
    }
  }
  return best;
}

/**
 * Records as arrays of raw field text. A quote opens a quoted field only at the field's start;
 * inside, `""` is a quote and delimiters and line breaks are data. A final line break adds no record.
 */
export function parseCsv(text: string, delimiter: Delimiter): string[][] {
  const records: string[][] = [];
  const delim = delimiter.charCodeAt(0);
  const n = text.length;
  let record: string[] = [];
  let field = '';
  let i = 0;
  while (i < n) {
    // At the start of a field.
    if (text.charCodeAt(i) === QUOTE) {
      i++;
      for (;;) {
        const close = text.indexOf('"', i);
        if (close < 0) {
          field += text.slice(i); // unterminated: the rest of the file is this field
          i = n;
          break;
        }
        field += text.slice(i, close);
        i = close + 1;
        if (text.charCodeAt(i) !== QUOTE) break;
        field += '"';
        i++;
      }
    }
    // Unquoted text, or anything after a closing quote, runs to the delimiter or the line's end.
    const start = i;
    let c = 0;
    while (i < n && (c = text.charCodeAt(i)) !== delim && c !== CR && c !== LF) i++;
    field += text.slice(start, i);
    record.push(field);
    field = '';
    if (i >= n) break;
    i++;
    if (c === delim) {
      if (i === n) record.push(''); // a trailing delimiter ends with an empty field
      continue;
    }
    if (c === CR && text.charCodeAt(i) === LF) i++;
    records.push(record);
    record = [];
  }
  if (record.length > 0) records.push(record);
  return records;
}
