/**
 * Lines garbled by a GBK page read one byte late. A numbered line 　（一）集贸… shows as
 * 。ㄒ唬┘Q(mào)…, a sentence start 。“无… as !盁o… or ?h…: every character is the second byte of
 * one character glued to the first byte of the next. Encoding the run again and decoding it one byte
 * earlier gives the text back; the private-use characters such pages hold are user-defined codes and
 * carry their bytes too. Where a byte is truly lost (an ASCII character ended the run, or ? stands for
 * a pair the page could not show), the character is guessed from the document's own character pairs.
 */
import { gbkTable, type GbkTable } from './gbk-table';
import { LEADING_GLOSSES } from './glosses';

/** Character pairs of the lines that are not garbled. */
export interface Vocabulary {
  pairs: ReadonlyMap<string, number>;
}

export function vocabularyOf(lines: readonly string[]): Vocabulary {
  const pairs = new Map<string, number>();
  for (const line of lines) {
    const cs = [...line];
    for (let i = 1; i < cs.length; i++) pairs.set(cs[i - 1] + cs[i], (pairs.get(cs[i - 1] + cs[i]) ?? 0) + 1);
  }
  return { pairs };
}

/** A line that starts with 。 — no sentence does; the 。 is the tail of a shifted 　（. */
const LINE_START = /^[ \t\u3000]*。/u;
const DIGIT_ORDINAL = /^[ \t\u3000]*。(\d{1,2})[)）]/u;
/**
 * ! or ? glued to a run of characters and ended by an ASCII byte that is the second half of a
 * character: ！ and an unshowable pair are what a shifted 。 turns into. Ordinary punctuation in the
 * run, a longer run or Latin text after it means it is not this.
 */
const MID_SENTENCE =
  /(?<=[^\x00-\x7f])(?:!([^\x00-\x7f，。、；：“”‘’（）《》！？…—\s]{1,6})|\?([^\x00-\x7f，。、；：“”‘’（）《》！？…—\s]{0,6}))([@-~])(?![A-Za-z0-9])/u;
const NUMERALS = '一二三四五六七八九十';
const FULL_STOP = [0xa1, 0xa3];

export function isGarbled(line: string): boolean {
  return LINE_START.test(line) || MID_SENTENCE.test(line);
}

/** The line with its garbled runs mended; unchanged when there is none (or no gb18030 decoder). */
export function repairGarbled(line: string, vocab: Vocabulary): string {
  const table = gbkTable();
  if (!table) return line;
  let text = repairLineStart(line, table, vocab);
  // Each repair removes its ! or ?, so this ends.
  for (let m = MID_SENTENCE.exec(text); m; m = MID_SENTENCE.exec(text)) {
    const marked = m[1] !== undefined;
    const run = m[1] ?? m[2] ?? '';
    // 。 is A1 A3; ！ is A3 A1, so the next pair starts with A1; ? hides the byte after A3.
    const bytes: (number | null)[] = [
      ...FULL_STOP,
      marked ? 0xa1 : null,
      ...bytesOf(run, table),
      m[3].charCodeAt(0),
    ];
    const end = m.index + m[0].length;
    const after = text.slice(end).replace(LEADING_GLOSSES, '');
    text = text.slice(0, m.index) + mend(bytes, table, vocab, text[m.index - 1] ?? '', after) + after;
  }
  return text;
}

function repairLineStart(line: string, table: GbkTable, vocab: Vocabulary): string {
  if (!LINE_START.test(line)) return line;
  const digits = DIGIT_ORDINAL.exec(line);
  if (digits) return `（${digits[1]}）${line.slice(digits[0].length)}`;
  const chars = [...line.replace(LINE_START, '')];
  const first = table.encode(chars[0] ?? '');
  const numeral = first && first[0] === 0xa8 ? numeralWithLead(first[1], table) : null;
  if (!numeral) return line;
  let i = 1;
  // The numeral's second byte glued to ）'s first (A3) — unless the page dropped that pair.
  const second = table.encode(chars[i] ?? '');
  if (second && second[1] === 0xa3 && second[0] !== 0xa9) i++;
  // ）'s second byte (A9) glued to the first byte of the title's first character.
  const bracket = table.encode(chars[i] ?? '');
  const ordinal = `（${numeral}）`;
  if (!bracket || bracket[0] !== 0xa9) return ordinal + chars.slice(i).join('');
  i++;
  const bytes: (number | null)[] = [bracket[1]];
  while (i < chars.length && chars[i].charCodeAt(0) > 0x7f) bytes.push(...bytesOf(chars[i++], table));
  if (i < chars.length && /[@-~]/.test(chars[i])) bytes.push(chars[i++].charCodeAt(0));
  const after = chars.slice(i).join('').replace(LEADING_GLOSSES, '');
  return ordinal + mend(bytes, table, vocab, '）', after) + after;
}

function bytesOf(text: string, table: GbkTable): (number | null)[] {
  return [...text].flatMap((ch) => {
    const code = table.encode(ch);
    return code ? [code[0], code[1]] : [null, null];
  });
}

/**
 * Decodes byte pairs. A pair with one byte lost (its partner ended the run, or hid behind ?) becomes
 * the character with the known byte that the document most often writes between the same neighbours.
 */
function mend(
  bytes: (number | null)[],
  table: GbkTable,
  vocab: Vocabulary,
  before: string,
  after: string,
): string {
  const pairs: [number | null, number | null][] = [];
  for (let i = 0; i < bytes.length; i += 2)
    pairs.push([bytes[i], i + 1 < bytes.length ? bytes[i + 1] : null]);
  const chars = pairs.map(([lead, trail]) =>
    lead !== null && trail !== null ? table.decode(lead, trail) : null,
  );
  let out = '';
  chars.forEach((ch, i) => {
    if (ch) {
      out += ch;
      return;
    }
    const [lead, trail] = pairs[i];
    if ((lead === null) === (trail === null)) return;
    const candidates = lead !== null ? table.withLead(lead) : table.withTrail(trail ?? 0);
    const next = i + 1 < chars.length ? (chars[i + 1] ?? '') : after.slice(0, 1);
    out += likeliest(candidates, out.slice(-1) || before, next, vocab);
  });
  return out;
}

function likeliest(candidates: readonly string[], prev: string, next: string, vocab: Vocabulary): string {
  let best = '';
  let bestScore = 0;
  for (const c of candidates) {
    const score = (vocab.pairs.get(prev + c) ?? 0) + (next ? (vocab.pairs.get(c + next) ?? 0) : 0);
    if (score > bestScore) [best, bestScore] = [c, score];
  }
  return best;
}

function numeralWithLead(lead: number, table: GbkTable): string | null {
  for (const n of NUMERALS) if (table.encode(n)?.[0] === lead) return n;
  return null;
}
