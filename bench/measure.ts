/** Timing in this process (median after a warm-up) and peak RSS in a fresh child process. */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Operation } from './cases';

const run = promisify(execFile);

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Median wall time of `runs` calls after one untimed warm-up; collects garbage between calls when allowed (--expose-gc). */
export async function medianMs(runs: number, operation: () => unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i <= runs; i++) {
    globalThis.gc?.();
    const start = performance.now();
    await operation();
    if (i > 0) times.push(performance.now() - start);
  }
  return median(times);
}

export interface ChildResult {
  ms: number;
  rssMB: number;
}

/** Runs child.js (compiled beside this file) once with the same node flags as this process. */
export async function inChild(mode: Operation, input: string, output: string): Promise<ChildResult> {
  const script = path.join(__dirname, 'child.js');
  const { stdout } = await run(process.execPath, [...process.execArgv, script, mode, input, output], {
    maxBuffer: 1024 * 1024,
  });
  return JSON.parse(stdout) as ChildResult;
}

export async function medianRssMB(
  runs: number,
  mode: Operation,
  input: string,
  output: string,
): Promise<number> {
  const peaks: number[] = [];
  for (let i = 0; i < runs; i++) peaks.push((await inChild(mode, input, output)).rssMB);
  return median(peaks);
}
