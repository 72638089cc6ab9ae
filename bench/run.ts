/**
 * `npm run bench [-- --sizes 1000,10000] [--out file.json]`: for each size, generate a breakdown
 * workbook, then measure the floor, track and the core in this process (median after a warm-up),
 * peak RSS of the floor and of track in fresh child processes, and what track wrote.
 * Prints a Markdown table; a run of every size also writes bench/results.json.
 * BENCH_SIZES=1000 does what --sizes does.
 */
import { mkdtempSync, promises as fs, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeBreakdownFile } from './breakdown-file';
import { AS_OF, core, floor, streamFloor, track } from './cases';
import { refreshSyncCount } from '../src/io/office/sync-count';
import { generateBreakdown } from './generate';
import { machine } from './machine';
import { medianMs, medianRssMB } from './measure';
import { markdown, rounded, type Results, type SizeResult } from './results';
import { writtenCounts } from './written-counts';

const ALL_SIZES = [100, 1_000, 10_000, 100_000];
const DEFAULT_OUT = path.join('bench', 'results.json');
const MB = 1024 * 1024;

interface Options {
  sizes: number[];
  out: string | null;
}

function options(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: { sizes: { type: 'string' }, out: { type: 'string' } },
  });
  const list = values.sizes ?? process.env.BENCH_SIZES;
  const sizes = list ? list.split(',').map((s) => Number(s.replace(/[_\s]/g, ''))) : ALL_SIZES;
  if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`bad --sizes ${list}`);
  // Only a run of every size replaces the committed results.
  return { sizes, out: values.out ?? (list ? null : DEFAULT_OUT) };
}

/** 5 timed runs up to 10,000 tasks, 3 above; the peak RSS of 3 child runs up to 10,000, 1 above. */
const runsFor = (tasks: number) => (tasks <= 10_000 ? 5 : 3);
const rssRunsFor = (tasks: number) => (tasks <= 10_000 ? 3 : 1);

async function measureSize(tasks: number, dir: string): Promise<SizeResult> {
  const log = (what: string) => process.stderr.write(`[${tasks}] ${what}\n`);
  const { grid, units } = generateBreakdown(tasks);
  const input = path.join(dir, `breakdown-${tasks}.xlsx`);
  const floorOut = path.join(dir, `floor-${tasks}.xlsx`);
  const trackOut = path.join(dir, `tracked-${tasks}.xlsx`);
  await writeBreakdownFile(grid, input);
  const inputMB = (await fs.stat(input)).size / MB;
  log(`generated ${inputMB.toFixed(2)} MB`);

  const runs = runsFor(tasks);
  const floorMs = await medianMs(runs, () => floor(input, floorOut));
  log(`floor ${floorMs.toFixed(0)} ms`);
  const streamFloorMs = await medianMs(runs, () => streamFloor(input, floorOut));
  log(`streaming floor ${streamFloorMs.toFixed(0)} ms`);
  const trackMs = await medianMs(runs, () => track(input, trackOut));
  log(`track ${trackMs.toFixed(0)} ms`);
  const coreMs = await medianMs(runs, () => core(grid));
  log(`core ${coreMs.toFixed(1)} ms`);
  const { styles, rules } = await writtenCounts(await fs.readFile(trackOut), trackOut);

  // The Office gateway against its recording in-memory Excel: a build, then the refresh counted.
  const { refreshSyncs } = await refreshSyncCount(grid, { asOf: AS_OF, lang: 'zh-CN' });
  log(`refresh ${refreshSyncs} syncs`);

  const rssRuns = rssRunsFor(tasks);
  const floorRssMB = await medianRssMB(rssRuns, 'floor', input, floorOut);
  const streamFloorRssMB = await medianRssMB(rssRuns, 'streamFloor', input, floorOut);
  const trackRssMB = await medianRssMB(rssRuns, 'track', input, trackOut);
  log(
    `RSS floor ${floorRssMB.toFixed(0)}, streaming ${streamFloorRssMB.toFixed(0)}, track ${trackRssMB.toFixed(0)} MB`,
  );
  return rounded({
    tasks,
    units,
    merges: grid.merges.length,
    inputMB,
    floorMs,
    streamFloorMs,
    trackMs,
    coreMs,
    floorRssMB,
    streamFloorRssMB,
    trackRssMB,
    syncs: refreshSyncs,
    styles,
    rules,
  });
}

async function main(): Promise<void> {
  const opts = options(process.argv.slice(2));
  const info = machine(new Date());
  const dir = mkdtempSync(path.join(os.tmpdir(), 'respmatrix-bench-'));
  try {
    const runs: SizeResult[] = [];
    for (const tasks of opts.sizes) runs.push(await measureSize(tasks, dir));
    const results: Results = { machine: info, runs };
    process.stdout.write(markdown(results));
    if (opts.out) await fs.writeFile(opts.out, JSON.stringify(results, null, 2) + '\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
