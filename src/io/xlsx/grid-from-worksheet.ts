/** exceljs worksheet → Grid: values as the user sees them (formula results, flattened rich text). */
import type { CellValue as XlsxValue, Worksheet } from 'exceljs';
import type { CellValue, Grid, MergedRange } from '../../core/grid';

export function cellValueOf(value: XlsxValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if (typeof value !== 'object') return null;
  if ('error' in value && typeof value.error === 'string') return { error: value.error };
  if ('richText' in value && Array.isArray(value.richText))
    return value.richText.map((r) => r.text ?? '').join('');
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: unknown }).result;
    if (result === undefined || result === null) return null;
    if (typeof result === 'object' && !(result instanceof Date) && 'error' in result) {
      return { error: String((result as { error: unknown }).error) };
    }
    return result as CellValue;
  }
  if ('text' in value && typeof value.text === 'string') return value.text; // hyperlink
  return null;
}

const RANGE_RE = /^\$?([A-Z]{1,3})\$?(\d+):\$?([A-Z]{1,3})\$?(\d+)$/;

function lettersToIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function parseMergeRange(ref: string): MergedRange | null {
  const m = RANGE_RE.exec(ref.toUpperCase());
  if (!m) return null;
  const [a, b] = [lettersToIndex(m[1]), lettersToIndex(m[3])];
  const [r1, r2] = [Number(m[2]) - 1, Number(m[4]) - 1];
  return { top: Math.min(r1, r2), left: Math.min(a, b), bottom: Math.max(r1, r2), right: Math.max(a, b) };
}

/**
 * The merged ranges from exceljs's index of them (4.4 keeps it in `_merges`): its public `model`
 * would first copy every row and cell of the sheet, a third of reading a large sheet's Grid.
 */
function mergeRefs(ws: Worksheet): string[] {
  const index = (ws as unknown as { _merges?: Record<string, { range: string }> })._merges;
  if (index) return Object.values(index).map((m) => m.range);
  return (ws.model as { merges?: string[] }).merges ?? [];
}

/**
 * Reads at most `maxRows` rows. Merged followers are left empty here, as in the file: the core
 * spreads a merged value over its area itself, so every adapter behaves the same.
 */
export function gridFromWorksheet(ws: Worksheet, maxRows = Infinity): Grid {
  const rows: CellValue[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber > maxRows) return;
    const values: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      values[colNumber - 1] = cellValueOf(cell.value);
    });
    for (let c = 0; c < values.length; c++) if (values[c] === undefined) values[c] = null;
    rows[rowNumber - 1] = values;
  });
  for (let r = 0; r < rows.length; r++) if (!rows[r]) rows[r] = [];

  const merges: MergedRange[] = [];
  for (const ref of mergeRefs(ws)) {
    const range = parseMergeRange(ref);
    if (!range || range.top >= rows.length) continue;
    merges.push(range);
    // exceljs repeats the master's value in every follower; clear them, clipped to the cells that exist.
    for (let r = range.top; r <= Math.min(range.bottom, rows.length - 1); r++) {
      const values = rows[r];
      for (let c = range.left; c <= Math.min(range.right, values.length - 1); c++) {
        if (r !== range.top || c !== range.left) values[c] = null;
      }
    }
  }
  return { sheetName: ws.name, rows, merges };
}
