/**
 * Request and response sizes. Excel on the web refuses a request or a response above 5 MB and a
 * read above 5,000,000 cells; the gateway plans every batch below a budget under those limits.
 */

export const EXCEL_PAYLOAD_LIMIT = 5 * 1024 * 1024;
export const EXCEL_READ_CELL_LIMIT = 5_000_000;

export interface Budget {
  /** Bytes of one request (writes) or one response (reads). */
  bytes: number;
  /** Cells read in one sync. */
  cells: number;
}

/** A fifth of the limit is left for the JSON envelope and the per-command overhead Excel adds. */
export const DEFAULT_BUDGET: Budget = { bytes: 4_000_000, cells: 4_000_000 };

/** Bytes of a string in UTF-8, counted without encoding it. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Bytes of a value as JSON on the wire. */
export function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value) ?? 'null');
}
