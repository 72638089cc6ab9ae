/** Building Grids in tests: rows of values plus merges written as A1 ranges. */
import type { CellValue, Grid, MergedRange } from '../../src/core/grid';
import { parseMergeRange } from '../../src/io/xlsx/grid-from-worksheet';

export function grid(rows: CellValue[][], merges: string[] = [], sheetName = 'Sheet1'): Grid {
  return {
    sheetName,
    rows,
    merges: merges.map((ref) => {
      const range = parseMergeRange(ref);
      if (!range) throw new Error(`bad range ${ref}`);
      return range satisfies MergedRange;
    }),
  };
}
