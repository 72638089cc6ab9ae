/**
 * A view of a Grid where every cell of a merged area reads the area's value, as the user sees it
 * on screen, and where it can be asked whether a cell holds a value of its own.
 */
import { cellAt, type CellValue, type Grid, type MergedRange } from '../grid';

export interface MergedView {
  readonly grid: Grid;
  /** The value shown at (row, col): the merged area's value for any cell inside one. */
  value(row: number, col: number): CellValue;
  /** The merged area covering (row, col), if any. */
  mergeAt(row: number, col: number): MergedRange | null;
  /** True when the cell is inside a merged area but not its top-left cell. */
  isFollower(row: number, col: number): boolean;
}

export function mergedView(grid: Grid): MergedView {
  // Merges indexed by row, clipped to the rows that exist, so a hostile A1:XFD1048576 costs nothing.
  const byRow = new Map<number, MergedRange[]>();
  const lastRow = grid.rows.length - 1;
  for (const m of grid.merges) {
    for (let r = m.top; r <= Math.min(m.bottom, lastRow); r++) {
      const list = byRow.get(r);
      if (list) list.push(m);
      else byRow.set(r, [m]);
    }
  }
  const mergeAt = (row: number, col: number): MergedRange | null => {
    const list = byRow.get(row);
    if (!list) return null;
    for (const m of list) if (col >= m.left && col <= m.right) return m;
    return null;
  };
  return {
    grid,
    mergeAt,
    value(row, col) {
      const m = mergeAt(row, col);
      return m ? cellAt(grid, m.top, m.left) : cellAt(grid, row, col);
    },
    isFollower(row, col) {
      const m = mergeAt(row, col);
      return m !== null && (m.top !== row || m.left !== col);
    },
  };
}
