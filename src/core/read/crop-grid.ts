/**
 * A grid holding only an area's cells, at their own addresses (so every row number and warning still
 * points into the sheet). A merged area that crosses the edge keeps its value in the part inside.
 */
import type { CellValue, Grid, MergedRange } from '../grid';
import type { CellArea } from './cell-range';

export function cropGrid(grid: Grid, area: CellArea): Grid {
  const bottom = Math.min(area.bottom, grid.rows.length - 1);
  const rows: CellValue[][] = [];
  for (let r = 0; r <= bottom; r++) {
    const source = grid.rows[r];
    if (r < area.top || !source) {
      rows.push([]);
      continue;
    }
    const right = Math.min(area.right, source.length - 1);
    const row: CellValue[] = [];
    for (let c = area.left; c <= right; c++) row[c] = source[c] ?? null;
    rows.push(row);
  }
  const merges: MergedRange[] = [];
  for (const m of grid.merges) {
    const clipped = {
      top: Math.max(m.top, area.top),
      left: Math.max(m.left, area.left),
      bottom: Math.min(m.bottom, area.bottom),
      right: Math.min(m.right, area.right),
    };
    if (clipped.top > clipped.bottom || clipped.left > clipped.right) continue;
    // The value lives in the merge's first cell, which may lie outside: it moves to the first inside.
    if (clipped.top !== m.top || clipped.left !== m.left) {
      rows[clipped.top] ??= [];
      rows[clipped.top][clipped.left] = grid.rows[m.top]?.[m.left] ?? null;
    }
    if (clipped.bottom > clipped.top || clipped.right > clipped.left) merges.push(clipped);
  }
  return { sheetName: grid.sheetName, rows, merges };
}
