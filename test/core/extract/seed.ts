/** The shared seed of 14 real plans (篇1…篇14), extracted once per test file. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { extractPlans } from '../../../src/core/extract/extract-plans';
import type { ExtractedPlan } from '../../../src/core/extract/plan-model';
import { SHARED_SAMPLES } from '../../helpers/paths';

export const SEED = path.join(SHARED_SAMPLES, 'work-plans-seed.txt');
export const SEED_OPTIONS = { asOf: '2026-06-01', planYear: 2026 };

let plans: ExtractedPlan[] | null = null;

export function seedPlans(): ExtractedPlan[] {
  plans ??= extractPlans(readFileSync(SEED, 'utf8'), SEED_OPTIONS);
  return plans;
}

export function seedPlan(name: string): ExtractedPlan {
  const plan = seedPlans().find((p) => p.name === name);
  if (!plan) throw new Error(`no ${name} in the seed`);
  return plan;
}
