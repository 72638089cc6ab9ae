/** The matrix and the unit summary, built from one set of unit figures so their columns and rows agree. */
import { unitFigures } from '../scoring/unit-figures';
import type { ViewBuilder } from '../track/views';
import { matrixSheet } from './matrix-sheet';
import { unitsSheet } from './units-sheet';

export const unitViews: ViewBuilder = (lang, model, names) => {
  const units = unitFigures(model.tasks);
  return [matrixSheet(lang, model, names, units), unitsSheet(lang, model, names, units)];
};
