/** Where tests find the project's examples and the shared material next to the repository. */
import { existsSync } from 'node:fs';
import path from 'node:path';

export const REPO_ROOT = path.resolve(__dirname, '../..');
export const EXAMPLES = path.join(REPO_ROOT, 'examples');
export const SHARED = path.resolve(REPO_ROOT, '../shared');
export const SHARED_SAMPLES = path.join(SHARED, 'samples');
export const SHARED_CORPUS = path.join(SHARED, 'corpus');

/** `describe` when the path exists, else a skipped block that says why. */
export function describeIfExists(dir: string): jest.Describe {
  if (existsSync(dir)) return describe;
  console.warn(`skipping: ${dir} is absent`);
  return describe.skip;
}
