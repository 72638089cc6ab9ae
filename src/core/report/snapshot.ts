/**
 * Report snapshots: each report keeps its counts in the meta sheet (`snapshot:2026-11` → JSON), so
 * the next month's report can say what changed. Plain key/value text survives every spreadsheet tool.
 */
import { isIsoDate, type IsoDate } from '../dates';
import { emptyCounts, type StatusCounts } from '../summary';

export const SNAPSHOT_PREFIX = 'snapshot:';
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export interface ReportSnapshot {
  month: string;
  asOf: IsoDate;
  counts: StatusCounts;
}

export function isMonth(text: string): boolean {
  return MONTH.test(text);
}

/** The meta entry that stores a snapshot. */
export function encodeSnapshot(snapshot: ReportSnapshot): [string, string] {
  return [SNAPSHOT_PREFIX + snapshot.month, JSON.stringify({ asOf: snapshot.asOf, ...snapshot.counts })];
}

/** A snapshot from its meta entry; null for anything that is not a well-formed one. */
export function decodeSnapshot(key: string, value: string): ReportSnapshot | null {
  const month = key.startsWith(SNAPSHOT_PREFIX) ? key.slice(SNAPSHOT_PREFIX.length) : '';
  if (!isMonth(month)) return null;
  let data: unknown;
  try {
    data = JSON.parse(value);
  } catch {
    return null;
  }
  if (!data || typeof data !== 'object') return null;
  const record = data as Record<string, unknown>;
  if (typeof record.asOf !== 'string' || !isIsoDate(record.asOf)) return null;
  const counts = emptyCounts();
  for (const name of Object.keys(counts) as (keyof StatusCounts)[]) {
    const n = record[name];
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) return null;
    counts[name] = n;
  }
  return { month, asOf: record.asOf, counts };
}

/** The latest snapshot of a month before `month`, if any. */
export function previousSnapshot(entries: ReadonlyMap<string, string>, month: string): ReportSnapshot | null {
  let best: ReportSnapshot | null = null;
  for (const [key, value] of entries) {
    const snapshot = decodeSnapshot(key, value);
    if (snapshot && snapshot.month < month && (!best || snapshot.month > best.month)) best = snapshot;
  }
  return best;
}
