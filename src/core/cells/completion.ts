/** Whether a completion cell (完成情况 / 是否办结 / 状态) says the task is done. */
import type { CellValue } from '../grid';
import { isCellError } from '../grid';
import { DONE_PREFIXES, DONE_WORDS } from './done-words';

/** The tracker's words, and what only a source sheet says (☑, TRUE, 已结束…). */
const READER_DONE_WORDS = new Set(
  [...DONE_WORDS, '☑', 'complete', 'true', '已结束'].map((w) => w.toLowerCase()),
);
const READER_DONE_PREFIXES = [...DONE_PREFIXES, '已辦結', '已銷號', '已全面完成'];

const PERCENT = /(\d+(?:\.\d+)?)\s*%/;

export function isDoneValue(value: CellValue): boolean {
  if (value === null || isCellError(value) || value instanceof Date) return false;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value === 1 || value === 100;
  const text = value.replace(/[\s\u3000。.！!]/g, '').toLowerCase();
  if (!text) return false;
  if (READER_DONE_WORDS.has(text)) return true;
  const percent = PERCENT.exec(text);
  if (percent) return Number(percent[1]) >= 100;
  return READER_DONE_PREFIXES.some((p) => text.startsWith(p));
}
