/**
 * Row and cell references are optional in a worksheet (a row without r follows the one before, a
 * cell without r the cell before), and some writers leave them all out; exceljs then refuses the
 * sheet. Such a sheet gets its references written in.
 */
import { columnIndex, columnLetters } from '../../core/grid';
import { decodeXml, utf8Xml } from './xml-text';

/** Only the start is read to decide: writers leave the references out of every row or none. */
const SAMPLE_BYTES = 64 * 1024;
const FIRST_ROW = /<row\b([^>]*)>/;
const ROW_OR_CELL = /<(row|c)\b([^>]*?)(\/?)>/g;
const REF = /\sr\s*=\s*["']([^"']*)["']/;

export function withRowNumbers(bytes: Uint8Array): Uint8Array | null {
  const first = FIRST_ROW.exec(decodeXml(bytes.subarray(0, SAMPLE_BYTES)));
  if (!first || REF.test(first[1])) return null;
  let row = 0;
  let col = -1;
  const text = decodeXml(bytes).replace(
    ROW_OR_CELL,
    (element, name: string, attrs: string, close: string) => {
      const ref = REF.exec(attrs)?.[1];
      if (name === 'row') {
        row = ref && /^\d+$/.test(ref) ? Number(ref) : row + 1;
        col = -1;
        return ref ? element : `<row r="${row}"${attrs}${close}>`;
      }
      const given = ref && /^([A-Za-z]{1,3})\d+$/.exec(ref);
      col = given ? columnIndex(given[1]) : col + 1;
      return ref ? element : `<c r="${columnLetters(col)}${row}"${attrs}${close}>`;
    },
  );
  return utf8Xml(text);
}
