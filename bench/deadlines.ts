/**
 * Deadline cells in every form of ../shared/samples/deadlines.tsv (dates, ranges, recurrences,
 * ongoing words, 20xx, Chinese and full-width numerals, several milestones, unparsed), with varied
 * months and days, plus real date cells and bare Excel serials.
 */
import type { CellValue } from '../src/core/grid';
import { chineseNumber, fullWidth } from './numerals';
import type { Random } from './random';

export const PLAN_YEAR = 2026;

type Form = (m: number, d: number, rnd: Random) => string;

const FORMS: readonly Form[] = [
  (m, d) => `${PLAN_YEAR}年${m}月${d}日前`,
  (m) => `${m}月底前`,
  (m) => `${m}月底前`,
  (m, d) => `${m}月${d}日前`,
  (m, d) => `${m}月${d}日`,
  () => '年底前',
  (m) => `${m}月底`,
  () => '上半年',
  (_m, _d, r) => `第${r.pick(['一', '二', '三', '四'])}季度`,
  (_m, _d, r) => `${r.pick(['一', '二', '三'])}季度末`,
  (m, _d, r) => `${m}月${r.pick(['上旬', '中旬', '下旬'])}`,
  (m, d) => `20xx年${m}月${d}日前`,
  (m) => `${PLAN_YEAR}年${m}月`,
  (m, d) => `${PLAN_YEAR}.${m}.${d}`,
  (m, d) => `${PLAN_YEAR}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
  (m, d) => `${PLAN_YEAR}/${m}/${d}`,
  (m, d) => `${chineseNumber(m)}月${chineseNumber(d)}日前`,
  (m, d) => `二〇二六年${chineseNumber(m)}月${chineseNumber(d)}日`,
  (m, d) => fullWidth(`${PLAN_YEAR}年${m}月${d}日`),
  (m) => `明年${m}月底前`,
  (m) => `${PLAN_YEAR + 1}年${m}月`,
  (_m, d) => `本月${d}日前`,
  (m) => `${Math.max(1, m - 4)}月底前完成方案，${m}月底前全面完成`,
  (m, d) => `${Math.max(1, m - 1)}月${d}日-${m}月${d}日`,
  (m, d) => `${m}月1日-${Math.max(2, d)}日`,
  (m, d) => `${m}月${Math.min(d, 10)}日至${m}月${Math.max(d, 20)}日`,
  (m) => `${Math.max(1, m - 6)}月-${m}月底`,
  (m, d) => `20xx年${Math.max(1, m - 1)}月${d}日至${m}月`,
  () => '即日起至年底',
  (_m, d) => `每月${d}日前`,
  () => '每月底',
  () => '每季度末',
  (m) => `每年${m}月`,
  () => '每周一',
  () => '长期坚持',
  () => '长期',
  () => '持续推进',
  () => '常态化',
  () => '持续抓好',
  (m) => `${PLAN_YEAR}年${m}月中旬前`,
  (m) => `${m}月上旬`,
  () => '四季度',
  (m) => `${PLAN_YEAR}年${Math.max(1, m - 2)}月1日起至${m}月${m === 2 ? 28 : 30}日`,
  (m) => `${PLAN_YEAR}年${m}月底前完成整改`,
  () => '待定',
];

/** One deadline cell: mostly text in one of the forms, some real dates, a few bare serials. */
export function deadlineCell(rnd: Random): CellValue {
  const m = rnd.int(1, 12);
  const d = rnd.int(1, 28);
  const roll = rnd.next();
  if (roll < 0.08) return new Date(Date.UTC(PLAN_YEAR, m - 1, d));
  // Excel's serial of the same day: days since 1899-12-30.
  if (roll < 0.1) return Math.round((Date.UTC(PLAN_YEAR, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000);
  return rnd.pick(FORMS)(m, d, rnd);
}
