/**
 * A deterministic, realistic task breakdown sheet (任务分解表) of any size, as the Grid the exceljs
 * adapter would read from it: a merged title, the 12-column header, 一、 sections and （一） sub-sections
 * merged across, some tasks grouped under a merged 工作任务 and 牵头单位, multi-unit cells with
 * every separator and bracketed aliases, all deadline forms, points, scores and completion words.
 */
import type { CellValue, Grid, MergedRange } from '../src/core/grid';
import { deadlineCell, PLAN_YEAR } from './deadlines';
import { chineseNumber } from './numerals';
import { Random } from './random';
import {
  COLLECTIVE_UNITS,
  COMPLETION_WORDS,
  DETAIL_PHRASES,
  GIVEN_NAMES,
  PROGRESS_PHRASES,
  SECTION_TOPICS,
  SURNAMES,
  TASK_OBJECTS,
  TASK_VERBS,
  TITLES,
  unitPool,
} from './vocabulary';

export const SHEET_NAME = '任务分解';
export const HEADERS = [
  '序号',
  '工作任务',
  '具体内容',
  '牵头单位',
  '责任单位',
  '直接责任人',
  '承办人',
  '完成时限',
  '分值',
  '得分',
  '进展情况',
  '完成情况',
] as const;
const COL = Object.fromEntries(HEADERS.map((h, i) => [h, i])) as Record<(typeof HEADERS)[number], number>;
const LAST_COL = HEADERS.length - 1;
const SEPARATORS = ['、', '、', '、', '，', '；', '\n'];
/** Share of tasks written as a merged group of rows. */
const GROUP_SHARE = 0.1;
/** A top section holds this many tasks at most, so its sub-sections stay under （九十九）. */
const TASKS_PER_TOP_SECTION = 2000;

export interface Breakdown {
  grid: Grid;
  /** Distinct units named in the sheet. */
  units: number;
}

/** 30 units for 100 tasks rising to 200 for 100,000, as district-level to city-level sheets do. */
export function unitCountFor(tasks: number): number {
  const scaled = 30 + (170 * (Math.log10(Math.max(tasks, 1)) - 2)) / 3;
  return Math.round(Math.min(200, Math.max(30, scaled)));
}

export function generateBreakdown(tasks: number, seed = 20260101): Breakdown {
  const rnd = new Random(seed ^ tasks);
  const pool = unitPool(unitCountFor(tasks));
  const named = new Set<string>();
  const rows: CellValue[][] = [];
  const merges: MergedRange[] = [];
  const mergeDown = (col: number, top: number, bottom: number) => {
    if (bottom > top) merges.push({ top, left: col, bottom, right: col });
  };
  const fullRow = (text: string) => {
    const row = rows.length;
    rows.push([text, ...Array<CellValue>(LAST_COL).fill(null)]);
    merges.push({ top: row, left: 0, bottom: row, right: LAST_COL });
  };
  // Some departments lead far more tasks than others: skew the pick toward the head of the pool.
  const lead = () => pool[Math.floor(pool.length * rnd.next() ** 2)];
  const person = () => `${rnd.pick(SURNAMES)}${rnd.pick(GIVEN_NAMES)}`;

  fullRow(`XX区${PLAN_YEAR}年创建全国文明城区工作任务分解表`);
  rows.push([...HEADERS]);

  const topCount = Math.max(3, Math.ceil(tasks / TASKS_PER_TOP_SECTION));
  let written = 0;
  for (let top = 1; top <= topCount; top++) {
    const share = Math.round((tasks * top) / topCount) - written;
    fullRow(`${chineseNumber(top)}、${SECTION_TOPICS[(top - 1) % SECTION_TOPICS.length]}`);
    let left = share;
    for (let sub = 1; left > 0; sub++) {
      const size = share > 40 ? Math.min(left, rnd.int(10, 40)) : left;
      if (share > 40) fullRow(`（${chineseNumber(sub)}）${rnd.pick(SECTION_TOPICS)}`);
      let inSection = 0;
      while (inSection < size) {
        // Now and then one task (工作任务) spans 2–4 rows of specific content under one merged task
        // and lead cell. Rarely more: exceljs 4.4 checks each merge against all earlier ones on load.
        const group = Math.min(size - inSection, rnd.chance(GROUP_SHARE) ? rnd.int(2, 4) : 1);
        const first = rows.length;
        const title = `${rnd.pick(TASK_VERBS)}${rnd.pick(TASK_OBJECTS)}`;
        const leadText = rnd.chance(0.1) ? `${lead()}、${lead()}` : lead();
        const direct = rnd.chance(0.3) ? `${person()}（${rnd.pick(TITLES)}）` : person();
        for (let g = 0; g < group; g++) {
          const row = Array<CellValue>(HEADERS.length).fill(null);
          row[COL.序号] = written + inSection + g + 1;
          if (g === 0) {
            row[COL.工作任务] = title;
            row[COL.牵头单位] = leadText;
            for (const unit of leadText.split('、')) named.add(unit);
          }
          row[COL.直接责任人] = direct;
          row[COL.具体内容] = detail(rnd);
          row[COL.责任单位] = responsible(rnd, pool, named);
          row[COL.承办人] = handler(rnd, person);
          row[COL.完成时限] = deadlineCell(rnd);
          fillScoring(rnd, row);
          rows.push(row);
        }
        for (const col of [COL.工作任务, COL.牵头单位]) mergeDown(col, first, first + group - 1);
        inSection += group;
      }
      left -= size;
      written += size;
    }
  }
  fullRow('注：1.分值以测评体系为准；2.各责任单位每月25日前向区创建办报送工作进展情况。');
  return { grid: { sheetName: SHEET_NAME, rows, merges }, units: named.size };
}

function detail(rnd: Random): string {
  const [a, b] = rnd.sample(DETAIL_PHRASES, 2);
  const target = rnd.chance(0.4) ? `，年内完成${rnd.int(3, 500)}处` : '';
  return rnd.chance(0.5) ? `${a}${target}` : `${a}；${b}${target}。`;
}

function responsible(rnd: Random, pool: readonly string[], named: Set<string>): CellValue {
  const roll = rnd.next();
  if (roll < 0.05) return null;
  if (roll < 0.12) return rnd.pick(COLLECTIVE_UNITS);
  const units = rnd.sample(pool, rnd.int(1, 5));
  for (const unit of units) named.add(unit);
  // Now and then the lead is marked inside the cell itself, as some offices write it.
  if (rnd.chance(0.02)) units[0] = `${units[0]}（牵头）`;
  return units.join(rnd.pick(SEPARATORS));
}

function handler(rnd: Random, person: () => string): CellValue {
  if (rnd.chance(0.08)) return null;
  const names = rnd.chance(0.25) ? `${person()}、${person()}` : person();
  return rnd.chance(0.05) ? `${names} 138${String(rnd.int(0, 99_999_999)).padStart(8, '0')}` : names;
}

function fillScoring(rnd: Random, row: CellValue[]): void {
  const points = rnd.pick([2, 3, 5, 5, 5, 10]);
  row[COL.分值] = rnd.chance(0.03) ? `${points}分` : points;
  const completion = rnd.chance(0.45) ? null : rnd.pick(COMPLETION_WORDS);
  row[COL.完成情况] = completion;
  if (completion !== null || rnd.chance(0.2)) {
    row[COL.得分] = rnd.chance(0.7) ? points : points - rnd.pick([0.5, 1, 2]);
  }
  row[COL.进展情况] = rnd.chance(0.5) ? rnd.pick(PROGRESS_PHRASES) : null;
}
