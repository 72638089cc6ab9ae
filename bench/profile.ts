/**
 * One operation on one generated size, for `node --cpu-prof` or `--heap-prof`:
 *   node --cpu-prof lib/bench/bench/profile.js core|track|floor 10000
 * Generation happens first; profile the operation's share by its functions, not by total time.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeBreakdownFile } from './breakdown-file';
import { core, floor, track } from './cases';
import { generateBreakdown } from './generate';

async function main(): Promise<void> {
  const [mode, size] = process.argv.slice(2);
  const { grid } = generateBreakdown(Number(size));
  const dir = mkdtempSync(path.join(os.tmpdir(), 'respmatrix-profile-'));
  try {
    const input = path.join(dir, 'in.xlsx');
    const output = path.join(dir, 'out.xlsx');
    if (mode !== 'core') await writeBreakdownFile(grid, input);
    const start = performance.now();
    if (mode === 'core') core(grid);
    else if (mode === 'floor') await floor(input, output);
    else if (mode === 'track') await track(input, output);
    else throw new Error(`unknown operation ${mode}`);
    process.stderr.write(`${mode} ${size}: ${(performance.now() - start).toFixed(0)} ms\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
