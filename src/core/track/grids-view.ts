/** Sheets read elsewhere (through Office.js), as the planner's view of a workbook. */
import type { Grid } from '../grid';
import type { WorkbookView } from './plan-workbook';

export interface ReadSheets {
  /** Every sheet name, in order, so generated names never take a user's sheet. */
  sheetNames: string[];
  /** The sheets the planner reads: the source, the meta sheet, an earlier tracker and months sheet. */
  grids: Grid[];
}

export function gridsView({ sheetNames, grids }: ReadSheets): WorkbookView {
  const byName = new Map(grids.map((g) => [g.sheetName, g]));
  return {
    sheetNames,
    grid: (name) => {
      const grid = byName.get(name);
      if (!grid) throw new Error(`Sheet ${name} was not read`);
      return grid;
    },
  };
}
