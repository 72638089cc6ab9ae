/** Whether a completion cell (完成情况 / 是否办结 / 状态) says the task is done. */
import type { CellValue } from '../grid';
import { isCellError } from '../grid';

const DONE_WORDS = new Set([
  '已完成',
  '完成',
  '已办结',
  '办结',
  '已辦結',
  '辦結',
  '销号',
  '已销号',
  '銷號',
  '已銷號',
  '是',
  '√',
  '✓',
  '✔',
  '☑',
  'y',
  'yes',
  'done',
  'completed',
  'complete',
  'true',
  '100%',
  '全面完成',
  '已全面完成',
  '已落实',
  '已结束',
]);

/** Words that begin a done phrase such as 已完成整改 or 已办结（5月） — unless a percentage follows. */
const DONE_PREFIX = /^(已完成|已办结|已辦結|已销号|已銷號|已全面完成)/;
const PERCENT = /(\d+(?:\.\d+)?)\s*%/;

export function isDoneValue(value: CellValue): boolean {
  if (value === null || isCellError(value) || value instanceof Date) return false;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value === 1 || value === 100;
  const text = value.replace(/[\s\u3000。.！!]/g, '').toLowerCase();
  if (!text) return false;
  if (DONE_WORDS.has(text)) return true;
  const percent = PERCENT.exec(text);
  if (percent) return Number(percent[1]) >= 100;
  return DONE_PREFIX.test(text);
}
