/** The plan year a sheet states in its title rows (2026年…任务分解表), for 20xx and dates without a year. */
import { cellText } from '../grid';
import { toHalfWidth } from '../text';
import type { MergedView } from './merged-view';

const YEAR = /(20\d\d)\s*年|[（(](20\d\d)[）)]|^(20\d\d)\b/;

export function yearInTitle(view: MergedView, headerTop: number): number | null {
  for (let r = 0; r < headerTop; r++) {
    const row = view.grid.rows[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const m = YEAR.exec(toHalfWidth(cellText(row[c])));
      if (m) return Number(m[1] ?? m[2] ?? m[3]);
    }
  }
  return null;
}
