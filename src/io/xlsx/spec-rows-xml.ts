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

/**
 * `<row>` elements for `rows` from sheet row `firstRow` (1-based), a chunk of rows at a time;
 * `styles[c]` is the xf of column c's style (0 for none).
 */
export function* rowsXml(
  rows: readonly (readonly SpecValue[])[],
  firstRow: number,
  styles: readonly number[],
): Generator<string> {
  const { follows, runEnd } = sharedRuns(rows, firstRow);
  const letters: string[] = [];
  const sharedIndex = new Map<number, number>();
  let nextShared = 0;
  let chunk: string[] = [];
  for (let i = 0; i < rows.length; i++) {
    const r = firstRow + i;
    const cells: string[] = [];
    rows[i].forEach((value, c) => {
      // As renderSheet: no cell for an empty value or an empty text.
      if (value === null || value === '') return;
      letters[c] ??= columnLetters(c);
      let f = '';
      if (isFormula(value)) {
        const end = runEnd.get(c)?.get(i);
        if (follows.get(c)?.[i]) f = `<f t="shared" si="${sharedIndex.get(c)}"/>`;
        else if (end !== undefined) {
          sharedIndex.set(c, nextShared);
          f = `<f t="shared" ref="${letters[c]}${r}:${letters[c]}${firstRow + end}" si="${nextShared++}">${xmlText(value.formula)}</f>`;
        } else f = `<f>${xmlText(value.formula)}</f>`;
      }
      cells.push(cellXml(`${letters[c]}${r}`, styles[c] ?? 0, value, f));
    });
    if (cells.length > 0) chunk.push(`<row r="${r}">${cells.join('')}</row>`);
    if (chunk.length >= ROWS_PER_CHUNK) {
      yield chunk.join('');
      chunk = [];
    }
  }
  if (chunk.length > 0) yield chunk.join('');
}
