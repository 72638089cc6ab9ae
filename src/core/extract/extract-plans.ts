/** Every plan in a text (a file may hold several, each opened by its 篇N line), each read on its own. */
import type { IsoDate } from '../dates';
import { extractPlan } from './extract-plan';
import type { ExtractedPlan } from './plan-model';
import { splitPlans } from './split-plans';

export interface PlansOptions {
  asOf: IsoDate;
  /** Undefined: the year in each plan's title, else the as-of date's. */
  planYear?: number;
}

export function extractPlans(text: string, options: PlansOptions): ExtractedPlan[] {
  return splitPlans(text).map((part) =>
    extractPlan(part.text, {
      ...options,
      title: part.title ?? undefined,
      name: part.name ?? undefined,
      firstLine: part.firstLine,
    }),
  );
}
