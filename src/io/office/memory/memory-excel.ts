/**
 * A workbook in memory behind the gateway's slice of the Excel API: it queues, syncs, enforces Excel on
 * the web's payload limits and records every command, so tests can check what the gateway does and
 * the benchmark can count syncs without Excel. Nothing in the pane imports it.
 */
import type { CellValue, Grid } from '../../../core/grid';
import type { ApiSupport, ExcelRun } from '../excel-types';
import { EXCEL_PAYLOAD_LIMIT, EXCEL_READ_CELL_LIMIT } from '../payload';
import { MemoryContext, type BatchRecord } from './context';
import { SheetState, type Scalar } from './sheet-state';

export interface MemorySheetInit {
  name: string;
  /** Cell values; Dates are stored as serials with a date format, as Excel holds them. */
  rows: readonly (readonly CellValue[])[];
  merges?: readonly { top: number; left: number; bottom: number; right: number }[];
  visibility?: 'Visible' | 'Hidden' | 'VeryHidden';
}

export interface MemoryExcelOptions {
  /** Highest ExcelApi 1.x minor version supported; 13 by default. */
  apiMinor?: number;
  limits?: Partial<MemoryExcel['limits']>;
}

const UNIX_EPOCH_SERIAL = 25569;

function scalarOf(value: CellValue): { value: Scalar; date: boolean } {
  if (value instanceof Date) return { value: value.getTime() / 86_400_000 + UNIX_EPOCH_SERIAL, date: true };
  if (value !== null && typeof value === 'object') return { value: value.error, date: false };
  return { value, date: false };
}

export class MemoryExcel {
  readonly sheets: SheetState[] = [];
  active: string;
  selection: string | null = null;
  /** Every command that ran, in order. */
  readonly log: string[] = [];
  readonly batches: BatchRecord[] = [];
  readonly limits = { payloadBytes: EXCEL_PAYLOAD_LIMIT, readCells: EXCEL_READ_CELL_LIMIT };
  private readonly apiMinor: number;

  constructor(sheets: readonly MemorySheetInit[], options: MemoryExcelOptions = {}) {
    this.apiMinor = options.apiMinor ?? 13;
    Object.assign(this.limits, options.limits);
    for (const init of sheets) {
      const state = new SheetState(init.name);
      state.visibility = init.visibility ?? 'Visible';
      init.rows.forEach((row, r) =>
        row.forEach((cell, c) => {
          const { value, date } = scalarOf(cell);
          if (value === null) return;
          state.set(r, c, value);
          if (date) state.cellFormats.set(`${r},${c}`, 'yyyy-mm-dd');
        }),
      );
      state.merges = (init.merges ?? []).map((m) => ({ ...m }));
      this.sheets.push(state);
    }
    this.active = sheets.find((s) => (s.visibility ?? 'Visible') === 'Visible')?.name ?? '';
  }

  readonly run: ExcelRun = (batch) => batch(new MemoryContext(this));

  readonly supports: ApiSupport = (version) => {
    const m = /^1\.(\d+)$/.exec(version);
    if (!m) throw new Error(`not an ExcelApi version: ${version}`);
    return Number(m[1]) <= this.apiMinor;
  };

  get syncs(): number {
    return this.batches.length;
  }

  find(name: string): SheetState | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  sheet(name: string): SheetState {
    const s = this.find(name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  /** A sheet's values as a Grid (numbers stay numbers), for assertions. */
  grid(name: string): Grid {
    const s = this.sheet(name);
    const area = s.usedArea();
    const rows: CellValue[][] = [];
    if (area) {
      for (let r = 0; r <= area.bottom; r++) {
        const line: CellValue[] = [];
        for (let c = 0; c <= area.right; c++) line.push(s.get(r, c));
        rows.push(line);
      }
    }
    return { sheetName: s.name, rows, merges: s.merges };
  }

  /** Resets the counters, e.g. between a build and the refresh being measured. */
  resetCounters(): void {
    this.batches.length = 0;
    this.log.length = 0;
  }
}
