/**
 * CSV → Grid. Every value stays text — `=1+1` is the string "=1+1", `007` keeps its zeros — because
 * the core reads numbers and dates itself; empty fields are null; a CSV has no merges.
 */
import type { CellValue, Grid } from '../../core/grid';
import { decodeText } from '../../core/text-decode';
import { detectDelimiter, parseCsv, type Delimiter } from './parse-csv';

/** Excel's `sep=;` first line names the delimiter and is not data. */
const SEP_LINE = /^sep=([,;\t])(\r\n|\r|\n|$)/;

export function gridFromCsv(bytes: Uint8Array, sheetName: string): Grid {
  let { text } = decodeText(bytes);
  let delimiter: Delimiter;
  const sep = SEP_LINE.exec(text);
  if (sep) {
    delimiter = sep[1] as Delimiter;
    text = text.slice(sep[0].length);
  } else delimiter = detectDelimiter(text);
  const rows = parseCsv(text, delimiter).map((record): CellValue[] =>
    record.length === 1 && record[0] === '' ? [] : record.map((f) => (f === '' ? null : f)),
  );
  return { sheetName, rows, merges: [] };
}
