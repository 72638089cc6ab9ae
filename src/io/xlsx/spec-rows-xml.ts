/**
 * A generated sheet's data rows as worksheet XML, written the way exceljs writes the same cells
 * (values, cached formula results, dates as serials, its text escaping) except that text goes inline
 * (`inlineStr`) rather than into the shared strings, and a column of formulas that fill down from
 * one another is written as one shared formula, as Excel itself saves them.
 */
import { parseIso } from '../../core/dates';
import { columnLetters } from '../../core/grid';
import { isDateValue, isFormula, type DateValue, type SpecValue } from '../../core/sheets/spec';
import { fillDown, type FillDown } from './formula-rows';

/** Rows per chunk: large enough for the deflater, small enough to stay a few hundred kilobytes. */
const ROWS_PER_CHUNK = 500;
/** Column letters by 0-based column, worked out once. */
const LETTERS: string[] = [];
const ESCAPED = /["&'<>\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const ESCAPED_ALL = /["&'<>\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
const ENTITIES: Record<string, string> = {
  '"': '&quot;',
  '&': '&amp;',
  "'": '&apos;',
  '<': '&lt;',
  '>': '&gt;',
};

/** As exceljs's xmlEncode: the five entities, and control characters XML cannot hold dropped. */
function xmlText(text: string): string {
  return ESCAPED.test(text) ? text.replace(ESCAPED_ALL, (ch) => ENTITIES[ch] ?? '') : text;
}

/** Excel's serial of a date, computed as exceljs computes it from the same UTC midnight. */
function serial(value: DateValue): number {
  const { year, month, day } = parseIso(value.date);
  return 25569 + Date.UTC(year, month - 1, day) / (24 * 3600 * 1000);
}

/** A cell; `f` is the formula element, which a shared formula's followers keep short. */
function cellXml(ref: string, style: number, value: Exclude<SpecValue, null>, f: string): string {
  const s = style ? ` s="${style}"` : '';
  if (typeof value === 'string')
    return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${xmlText(value)}</t></is></c>`;
  if (typeof value === 'number') return `<c r="${ref}"${s}><v>${value}</v></c>`;
  if (typeof value === 'boolean') return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  if (isDateValue(value)) return `<c r="${ref}"${s}><v>${serial(value)}</v></c>`;
  if (!isFormula(value)) return '';
  const { result } = value;
  if (result === null) return `<c r="${ref}"${s}>${f}</c>`;
  if (typeof result === 'string') return `<c r="${ref}"${s} t="str">${f}<v>${xmlText(result)}</v></c>`;
  if (typeof result === 'number') return `<c r="${ref}"${s}>${f}<v>${result}</v></c>`;
  if (typeof result === 'boolean') return `<c r="${ref}"${s} t="b">${f}<v>${result ? 1 : 0}</v></c>`;
  return `<c r="${ref}"${s}>${f}<v>${serial(result)}</v></c>`;
}

/**
 * Which formula cells continue the one above them as Excel would fill it down: `follows[c][i]` for
 * row i of column c, and for each first cell of such a run the row its run ends on.
 */
function sharedRuns(rows: readonly (readonly SpecValue[])[], firstRow: number) {
  const follows = new Map<number, Uint8Array>();
  const runEnd = new Map<number, Map<number, number>>();
  const runs = new Map<number, { matches: FillDown; master: number; last: number }>();
  rows.forEach((values, i) => {
    values.forEach((value, c) => {
      if (!isFormula(value)) return;
      const run = runs.get(c);
      if (run && run.last === i - 1 && run.matches(value.formula, firstRow + i)) {
        let column = follows.get(c);
        if (!column) follows.set(c, (column = new Uint8Array(rows.length)));
        column[i] = 1;
        let ends = runEnd.get(c);
        if (!ends) runEnd.set(c, (ends = new Map()));
        ends.set(run.master, i);
        run.last = i;
      } else {
        runs.set(c, { matches: fillDown(value.formula, firstRow + i), master: i, last: i });
      }
    });
  });
  return { follows, runEnd };
}

/** A skeleton row below the header: its attributes (a height) and its empty cells' xfs by column. */
export interface SkeletonRow {
  attributes: string;
  styles: ReadonlyMap<number, number>;
}

/**
 * `<row>` elements for `rows` from sheet row `firstRow` (1-based), a chunk of rows at a time;
 * `styles[c]` is the xf of column c's style (0 for none); `skeleton` rows give theirs to the cells
 * they style and keep their attributes and empty cells.
 */
export function* rowsXml(
  rows: readonly (readonly SpecValue[])[],
  firstRow: number,
  styles: readonly number[],
  skeleton: ReadonlyMap<number, SkeletonRow> = new Map(),
): Generator<string> {
  const { follows, runEnd } = sharedRuns(rows, firstRow);
  const letters = (c: number) => (LETTERS[c] ??= columnLetters(c));
  const sharedIndex = new Map<number, number>();
  let nextShared = 0;
  let chunk: string[] = [];
  const rowXml = (r: number, cells: string[]) => {
    const attributes = skeleton.get(r)?.attributes ?? '';
    if (cells.length > 0) chunk.push(`<row r="${r}"${attributes}>${cells.join('')}</row>`);
    else if (skeleton.has(r)) chunk.push(`<row r="${r}"${attributes}/>`);
  };
  for (let i = 0; i < rows.length; i++) {
    const r = firstRow + i;
    const values = rows[i];
    const restyled = skeleton.get(r)?.styles;
    const width = Math.max(values.length, restyled ? Math.max(...restyled.keys()) + 1 : 0);
    const cells: string[] = [];
    for (let c = 0; c < width; c++) {
      const value = values[c] ?? null;
      const style = restyled?.get(c) ?? styles[c] ?? 0;
      // As renderSheet: no cell for an empty value or an empty text, unless styled on its own.
      if (value === null || value === '') {
        if (restyled?.has(c)) cells.push(`<c r="${letters(c)}${r}"${style ? ` s="${style}"` : ''}/>`);
        continue;
      }
      let f = '';
      if (isFormula(value)) {
        const end = runEnd.get(c)?.get(i);
        if (follows.get(c)?.[i]) f = `<f t="shared" si="${sharedIndex.get(c)}"/>`;
        else if (end !== undefined) {
          sharedIndex.set(c, nextShared);
          f = `<f t="shared" ref="${letters(c)}${r}:${letters(c)}${firstRow + end}" si="${nextShared++}">${xmlText(value.formula)}</f>`;
        } else f = `<f>${xmlText(value.formula)}</f>`;
      }
      cells.push(cellXml(`${letters(c)}${r}`, style, value, f));
    }
    rowXml(r, cells);
    if (chunk.length >= ROWS_PER_CHUNK) {
      yield chunk.join('');
      chunk = [];
    }
  }
  // Styled rows past the data (a range style reaching below the last row).
  for (const [r, row] of skeleton) {
    if (r < firstRow + rows.length) continue;
    rowXml(
      r,
      [...row.styles].map(([c, style]) => `<c r="${letters(c)}${r}"${style ? ` s="${style}"` : ''}/>`),
    );
  }
  if (chunk.length > 0) yield chunk.join('');
}
