/** Points and scores: numbers, numeric text (full-width too), 5分. */
import type { CellValue } from '../grid';
import { toHalfWidth } from '../text';

export type NumberReading = { value: number | null; invalid: boolean };

export function readNumber(value: CellValue): NumberReading {
  if (value === null) return { value: null, invalid: false };
  if (typeof value === 'number')
    return Number.isFinite(value) ? { value, invalid: false } : { value: null, invalid: true };
  if (typeof value !== 'string') return { value: null, invalid: true };
  const text = toHalfWidth(value).trim();
  if (!text || text === '-' || text === '/' || text === '—') return { value: null, invalid: false };
  const m = /^([+-]?\d+(?:\.\d+)?)\s*分?$/.exec(text);
  return m ? { value: Number(m[1]), invalid: false } : { value: null, invalid: true };
}
