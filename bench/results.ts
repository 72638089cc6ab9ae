/** The shape of bench/results.json and its Markdown rendering, with the ratios the targets are read from. */
import type { Machine } from './machine';

export interface SizeResult {
  tasks: number;
  /** Distinct units named in the generated sheet. */
  units: number;
  /** Merged areas in the generated sheet (exceljs 4.4 checks each new merge against all earlier ones). */
  merges: number;
  inputMB: number;
  floorMs: number;
  /** The floor through exceljs's streaming reader and writer (cells and styles only). */
  streamFloorMs: number;
  trackMs: number;
  coreMs: number;
  floorRssMB: number;
  streamFloorRssMB: number;
  trackRssMB: number;
  /** context.sync calls of an Office refresh of this many tasks, counted by the gateway's in-memory Excel. */
  syncs: number;
  /** cellXfs in the written tracked workbook. */
  styles: number;
  /** Conditional-format rules in the written tracked workbook. */
  rules: number;
}

export interface Results {
  machine: Machine;
  runs: SizeResult[];
}

const round = (n: number, digits = 0) => {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
};

/** Every figure rounded for reading: ms to integers (core to 0.1), MB to 0.1. */
export function rounded(r: SizeResult): SizeResult {
  return {
    ...r,
    inputMB: round(r.inputMB, 2),
    floorMs: round(r.floorMs),
    streamFloorMs: round(r.streamFloorMs),
    trackMs: round(r.trackMs),
    coreMs: round(r.coreMs, 1),
    floorRssMB: round(r.floorRssMB, 1),
    streamFloorRssMB: round(r.streamFloorRssMB, 1),
    trackRssMB: round(r.trackRssMB, 1),
  };
}

const TARGETS = '(targets: b/a ≤ 1.5, c/a ≤ 0.1, RSS b/a ≤ 1.5)';

export function markdown(results: Results): string {
  const m = results.machine;
  const lines = [
    `${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB, node ${m.node}, exceljs ${m.exceljs}, ${m.date} (load ${m.load})`,
    '',
    '| tasks | units | merges | input MB | a floor ms | a′ stream ms | b track ms | c core ms | b/a | c/a | a RSS MB | a′ RSS MB | b RSS MB | RSS b/a | syncs | styles | rules |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of results.runs) {
    const cells = [
      r.tasks.toLocaleString('en-US'),
      r.units,
      r.merges.toLocaleString('en-US'),
      r.inputMB.toFixed(2),
      Math.round(r.floorMs),
      Math.round(r.streamFloorMs),
      Math.round(r.trackMs),
      r.coreMs.toFixed(1),
      (r.trackMs / r.floorMs).toFixed(2),
      (r.coreMs / r.floorMs).toFixed(3),
      Math.round(r.floorRssMB),
      Math.round(r.streamFloorRssMB),
      Math.round(r.trackRssMB),
      (r.trackRssMB / r.floorRssMB).toFixed(2),
      r.syncs,
      r.styles,
      r.rules,
    ];
    lines.push(`| ${cells.join(' | ')} |`);
  }
  lines.push(
    '',
    `a = exceljs read + write back, a′ = the same streamed (cells and styles only), b = respmatrix track -o, c = core on the in-memory Grid ${TARGETS}`,
  );
  return lines.join('\n') + '\n';
}
