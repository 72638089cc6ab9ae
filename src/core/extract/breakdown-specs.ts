/**
 * Breakdown sheets to add to a workbook that already holds `existing` sheets: each named after its
 * plan, the name claimed so that no sheet there — nor one added just before — is ever overwritten.
 */
import { claimSheetName } from '../sheets/sheet-names';
import type { SheetSpec } from '../sheets/spec';
import type { BreakdownSheet } from './breakdown-rows';
import { breakdownSpec } from './breakdown-spec';

export interface NamedBreakdown {
  /** The plan's short name (篇6, or its title), wanted as the sheet's name. */
  name: string;
  sheet: BreakdownSheet;
}

export function newBreakdownSpecs(
  plans: readonly NamedBreakdown[],
  existing: readonly string[],
): SheetSpec[] {
  const taken = [...existing];
  return plans.map(({ name, sheet }) => {
    // Nothing is owned: a sheet of the same name is the user's, whoever made it.
    const claimed = claimSheetName(name, taken, []);
    taken.push(claimed);
    return breakdownSpec(sheet, claimed);
  });
}
