/** A SheetSpec as the Grid a reader would see after it was written and read back (formulas as their results). */
import type { CellValue, Grid } from '../../src/core/grid';
import { isDateValue, isFormula, type SheetSpec, type SpecValue } from '../../src/core/sheets/spec';

function cell(value: SpecValue): CellValue {
  if (value === null) return null;
  if (isDateValue(value)) return new Date(`${value.date}T00:00:00Z`);
  if (isFormula(value)) {
    const r = value.result;
    return r !== null && typeof r === 'object' ? new Date(`${r.date}T00:00:00Z`) : r;
  }
  return value;
}

export function specToGrid(spec: SheetSpec): Grid {
  return {
    sheetName: spec.name,
    rows: [
      ...spec.preamble.map((p) => p.values.map(cell)),
      spec.columns.map((c) => c.header),
      ...spec.rows.map((r) => r.map(cell)),
    ],
    merges: [],
  };
}
