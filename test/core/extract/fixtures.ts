/** The project's own small plan texts under test/fixtures/plans. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../helpers/paths';

export const PLANS_DIR = path.join(REPO_ROOT, 'test', 'fixtures', 'plans');

export function planFixture(name: 'simplified-outline' | 'phases' | 'groups'): string {
  return readFileSync(path.join(PLANS_DIR, `${name}.txt`), 'utf8');
}
