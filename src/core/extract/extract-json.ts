/** The `--json` output of `respmatrix extract`: every plan as extracted, with its sheet and counts. */
import type { IsoDate } from '../dates';
import type { ExtractedPlan } from './plan-model';

export const EXTRACT_SCHEMA = 'respmatrix.extract/1';

export interface PlanCounts {
  tasks: number;
  phases: number;
  groups: number;
  scoreAreas: number;
  /** xxx / 20xx tokens and fields left blank. */
  placeholders: number;
  /** Garbled lines that were mended. */
  mended: number;
}

export interface ExtractJson {
  schema: typeof EXTRACT_SCHEMA;
  source: string;
  asOf: IsoDate;
  plans: (ExtractedPlan & { sheet: string; counts: PlanCounts })[];
}

export function countsOf(plan: ExtractedPlan): PlanCounts {
  return {
    tasks: plan.tasks.length,
    phases: plan.phases.length,
    groups: plan.groups.length,
    scoreAreas: plan.scoreAreas.length,
    placeholders: plan.placeholders.filter((p) => p.kind !== 'garbled').length,
    mended: plan.placeholders.filter((p) => p.kind === 'garbled').length,
  };
}

export function extractJson(
  plans: readonly { plan: ExtractedPlan; sheet: string }[],
  source: string,
  asOf: IsoDate,
): ExtractJson {
  return {
    schema: EXTRACT_SCHEMA,
    source,
    asOf,
    plans: plans.map(({ plan, sheet }) => ({ ...plan, sheet, counts: countsOf(plan) })),
  };
}
