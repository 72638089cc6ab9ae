/**
 * `npm run bench` at the 1,000-task size, as CI runs it: it compiles, runs every measure and writes
 * results of the documented shape. No timing is asserted: CI machines differ too much.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Results } from '../../bench/results';
import { tempDir } from '../helpers/workbooks';
import { REPO_ROOT } from '../helpers/paths';

describe('npm run bench -- --sizes 1000', () => {
  it('prints the table and writes the results', () => {
    const out = path.join(tempDir('respmatrix-bench-'), 'results.json');
    const run = spawnSync('npm', ['run', '--silent', 'bench', '--', '--sizes', '1000', '--out', out], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
    });
    expect(run.stderr).not.toMatch(/Error/);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/\| tasks \| units \|/);
    expect(run.stdout).toMatch(/\| 1,000 \|/);

    const results = JSON.parse(readFileSync(out, 'utf8')) as Results;
    expect(results.machine).toEqual({
      cpu: expect.any(String),
      cores: expect.any(Number),
      memoryGB: expect.any(Number),
      node: process.version,
      exceljs: '4.4.0',
      date: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      load: expect.any(Number),
    });
    expect(results.runs).toHaveLength(1);
    const [size] = results.runs;
    expect(size.tasks).toBe(1_000);
    for (const key of ['floorMs', 'trackMs', 'coreMs', 'floorRssMB', 'trackRssMB', 'inputMB'] as const) {
      expect(size[key]).toBeGreaterThan(0);
    }
    expect(size.units).toBeGreaterThanOrEqual(30);
    expect(size.merges).toBeGreaterThan(0);
    expect(size.syncs).toBeGreaterThanOrEqual(1);
    expect(size.styles).toBeGreaterThan(0);
    expect(size.rules).toBeGreaterThan(0);
  }, 600_000);
});
