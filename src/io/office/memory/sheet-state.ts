/**
 * The cells and settings of one sheet of the in-memory workbook, and how Excel takes a typed entry:
 * a leading apostrophe keeps text, `=` (or + - @) makes a formula, numbers, dates and booleans are
 * converted — the behaviour the gateway's text prefix must defeat.
 */
import { columnLetters, type MergedRange } from '../../../core/grid';
import { parseCellRange } from '../../../core/read/cell-range';
import { toExcelSerial } from '../../../core/dates';

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

export type Scalar = string | number | boolean | null;

export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface ConditionalFormatRecord {
  range: string;
  type: string;
  priority: number;
  formula?: string;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  lowerBound?: { type: string; formula?: string };
  upperBound?: { type: string; formula?: string };
  barColor?: string;
  gradient?: boolean;
}

export class SheetState {
  visibility = 'Visible';
  tabColor = '';
  readonly values = new Map<number, Scalar[]>();
  readonly formulas = new Map<string, string>();
  readonly cellFormats = new Map<string, string>();
  /** Formats set on whole ranges, later ones winning. */
  readonly rangeFormats: { area: Area; format: string }[] = [];
  merges: MergedRange[] = [];
  readonly conditionalFormats: ConditionalFormatRecord[] = [];
  readonly validations: { range: string; source: unknown }[] = [];
  frozen: { rows: number; columns: number } | null = null;
  protection: Record<string, boolean> | null = null;
  autoFilter: string | null = null;
  readonly hiddenColumns = new Set<number>();
  readonly columnWidths = new Map<number, number>();
  /** Other formatting, as `address prop=value` in the order it was set. */
  readonly formats: string[] = [];
  readonly pageLayout: Record<string, unknown> = {};
  printTitleRows: string | null = null;

  constructor(public name: string) {}

  get(row: number, col: number): Scalar {
    return this.values.get(row)?.[col] ?? null;
  }

  set(row: number, col: number, value: Scalar): void {
    let line = this.values.get(row);
    if (!line) {
      line = [];
      this.values.set(row, line);
    }
    while (line.length < col) line.push(null);
    line[col] = value;
  }

  formatAt(row: number, col: number): string {
    const own = this.cellFormats.get(`${row},${col}`);
    if (own !== undefined) return own;
    for (let i = this.rangeFormats.length - 1; i >= 0; i--) {
      const { area, format } = this.rangeFormats[i];
      if (row >= area.top && row <= area.bottom && col >= area.left && col <= area.right) return format;
    }
    return 'General';
  }

  /** Bounding box of the cells holding a value or a formula, or null for an empty sheet. */
  usedArea(): Area | null {
    let area: Area | null = null;
    const include = (r: number, c: number) => {
      if (!area) area = { top: r, left: c, bottom: r, right: c };
      else {
        area.top = Math.min(area.top, r);
        area.bottom = Math.max(area.bottom, r);
        area.left = Math.min(area.left, c);
        area.right = Math.max(area.right, c);
      }
    };
    for (const [r, line] of this.values) line.forEach((v, c) => v !== null && include(r, c));
    for (const key of this.formulas.keys()) {
      const [r, c] = key.split(',').map(Number);
      include(r, c);
    }
    return area;
  }

  /** Writes one entry the way Excel takes it from `formulas` or `values`. */
  enter(row: number, col: number, entry: unknown): void {
    const key = `${row},${col}`;
    this.formulas.delete(key);
    if (typeof entry !== 'string') {
      this.set(row, col, typeof entry === 'number' || typeof entry === 'boolean' ? entry : null);
      return;
    }
    if (entry.startsWith("'")) return this.set(row, col, entry.slice(1));
    if (/^[=+\-@]/.test(entry) && entry.length > 1) {
      // Not evaluated here: a formula reads back as null, a stray + - @ as the error Excel shows.
      this.formulas.set(key, entry.startsWith('=') ? entry : `=${entry}`);
      this.set(row, col, entry.startsWith('=') ? null : '#NAME?');
      return;
    }
    this.set(row, col, typedEntry(entry));
  }
}

/** What Excel makes of typed text: a number, a date serial, a boolean, or the text itself. */
export function typedEntry(text: string): Scalar {
  if (text === '') return null;
  const t = text.trim();
  if (/^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i.test(t)) return Number(t);
  if (/^[+-]?\d+(\.\d+)?%$/.test(t)) return Number(t.slice(0, -1)) / 100;
  if (/^(true|false)$/i.test(t)) return t.toLowerCase() === 'true';
  const ymd = /^(\d{4})[-/年](\d{1,2})[-/月](\d{1,2})日?$/.exec(t);
  if (ymd) {
    const iso = `${ymd[1]}-${ymd[2].padStart(2, '0')}-${ymd[3].padStart(2, '0')}`;
    return toExcelSerial(iso);
  }
  return text;
}

/** `A1`, `A1:B2`, `A:C`, `3:5` → an area (0-based, inclusive), whole rows and columns to Excel's edge. */
export function parseAddress(address: string): Area {
  const area = parseCellRange(address);
  if (!area) throw new Error(`bad address ${address}`);
  return {
    top: area.top,
    left: area.left,
    bottom: Math.min(area.bottom, MAX_ROWS - 1),
    right: Math.min(area.right, MAX_COLUMNS - 1),
  };
}

export function areaAddress(area: Area): string {
  const tl = `${columnLetters(area.left)}${area.top + 1}`;
  const br = `${columnLetters(area.right)}${area.bottom + 1}`;
  return tl === br ? tl : `${tl}:${br}`;
}

export function isUnbounded(area: Area): boolean {
  return area.bottom - area.top + 1 === MAX_ROWS || area.right - area.left + 1 === MAX_COLUMNS;
}

/** A sheet name as Excel writes it in an address. */
export function quotedName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
