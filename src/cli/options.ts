/** Option parsing shared by the commands; every mistake becomes a CliError in the user's language. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { isIsoDate, localIsoDate, type IsoDate } from '../core/dates';
import { isTableSized, parseCellRange, type CellArea } from '../core/read/cell-range';
import { CliError, EXIT } from './io';

type Options = NonNullable<ParseArgsConfig['options']>;

/** util.parseArgs with strict checking, its errors turned into a localized CliError. */
export function parseCommandArgs<O extends Options>(args: string[], options: O) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (err) {
    throw new CliError(EXIT.badInput, 'cli.badOption', {
      detail: err instanceof Error ? err.message : String(err),
    });
  }
}

/** Today on this machine's calendar: the CLI's one reading of the clock. */
export function todayIso(now: Date = new Date()): IsoDate {
  return localIsoDate(now);
}

export function dateOption(value: string | undefined, fallback: IsoDate): IsoDate {
  if (value === undefined) return fallback;
  if (!isIsoDate(value)) throw new CliError(EXIT.badInput, 'cli.badDate', { value });
  return value;
}

export function intOption(
  value: string | undefined,
  option: string,
  range: { min: number; max: number },
): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || n < range.min || n > range.max) {
    throw new CliError(EXIT.badInput, 'cli.badNumber', { value, option });
  }
  return n;
}

/** `--range B3:H40` → the part of the sheet to read; `--range ""` → the whole sheet (dropping a saved range). */
export function rangeOption(value: string | undefined): CellArea | null | undefined {
  if (value === undefined) return undefined;
  if (value.trim() === '') return null;
  const area = parseCellRange(value);
  if (!area || !isTableSized(area)) throw new CliError(EXIT.badInput, 'cli.badRange', { value });
  return area;
}
