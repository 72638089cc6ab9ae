/**
 * Words that say a task is done. The tracker's status formula knows exactly these (its own copy
 * lives in the formula text); the reader knows these and a few more, so whatever the tracker counts
 * as done the reader does too.
 */
export const DONE_WORDS = [
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
  'Y',
  'Yes',
  'Done',
  'Completed',
  '100%',
  '全面完成',
  '已全面完成',
  '已落实',
] as const;

/** Words that begin a done phrase such as 已完成整改, unless a percentage follows. */
export const DONE_PREFIXES = ['已完成', '已办结', '已销号'] as const;
