/**
 * Reading sheets into Grids in row bands sized by bytes. The first band of a sheet is sized from a
 * cautious guess of bytes per cell; each sync measures what came back and sizes the next bands from
 * it, so a sheet that fits one response is read in one sync and a bigger one in as few as the limit
 * allows. A response Excel still refuses as too large is asked again in halves.
 */
import type { CellValue, Grid, MergedRange } from '../../core/grid';
import { parseMergeRange } from '../xlsx/grid-from-worksheet';
import { gridCell } from './cell-values';
import type { XlContext, XlRange, XlRangeAreas } from './excel-types';
import { jsonBytes, type Budget } from './payload';

/** A sheet's used range, 0-based. */
export interface SheetExtent {
  name: string;
  top: number;
  left: number;
  rows: number;
  columns: number;
}

export interface ReadOptions {
  budget: Budget;
  /** ExcelApi 1.13 present: merged areas are read with each band. */
  merges: boolean;
  /** Counts every sync, so the caller can report them. */
  sync: () => Promise<void>;
  onProgress?: (rowsRead: number, rowsTotal: number) => void;
}

/** Values and number formats: a short number and `"General"` for most cells, more for text. */
const FIRST_GUESS_BYTES_PER_CELL = 64;
/** Measured sizes vary from band to band; plan with this much room. */
const HEADROOM = 1.5;
const MAX_HALVINGS = 8;

interface Band {
  sheet: SheetExtent;
  /** 0-based offset within the used range. */
  start: number;
  count: number;
}

interface PendingBand extends Band {
  range: XlRange;
  merged: XlRangeAreas | null;
}

class Assembly {
  readonly rows: CellValue[][] = [];
  readonly merges = new Map<string, MergedRange>();
  constructor(readonly extent: SheetExtent) {
    for (let r = 0; r < extent.top; r++) this.rows.push([]);
  }
  grid(): Grid {
    return { sheetName: this.extent.name, rows: this.rows, merges: [...this.merges.values()] };
  }
}

/** Excel's error code for a response above the limit. */
function isPayloadError(err: unknown): boolean {
  return (
    typeof err === 'object' &&
    err !== null &&
    'code' in err &&
    (err as { code: unknown }).code === 'ResponsePayloadSizeLimitExceeded'
  );
}

/** Addresses such as `Sheet1!A1:B2, 'My sheet'!C3:C9` → merged ranges. */
export function parseAreas(address: string): MergedRange[] {
  const out: MergedRange[] = [];
  const area = /(?:'(?:[^']|'')*'|[^,!']+)!(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)/g;
  for (const m of address.matchAll(area)) {
    const ref = m[1].includes(':') ? m[1] : `${m[1]}:${m[1]}`;
    const range = parseMergeRange(ref.replace(/\$/g, ''));
    if (range) out.push(range);
  }
  return out;
}

export async function readGrids(
  context: XlContext,
  extents: readonly SheetExtent[],
  options: ReadOptions,
): Promise<Map<string, Grid>> {
  const assemblies = new Map(extents.map((e) => [e.name, new Assembly(e)]));
  const queue: Band[] = extents
    .filter((e) => e.rows > 0)
    .map((sheet) => ({ sheet, start: 0, count: sheet.rows }));
  const total = extents.reduce((n, e) => n + e.rows, 0);
  let read = 0;
  let bytesPerCell = FIRST_GUESS_BYTES_PER_CELL;
  let halvings = 0;

  while (queue.length > 0) {
    const batch = takeBatch(queue, bytesPerCell, options.budget);
    const pending = batch.map((band) => queueBand(context, band, options.merges));
    try {
      await options.sync();
    } catch (err) {
      if (!isPayloadError(err) || halvings >= MAX_HALVINGS) throw err;
      halvings++;
      bytesPerCell *= 2;
      queue.unshift(...batch);
      continue;
    }
    let bytes = 0;
    let cells = 0;
    for (const band of pending) {
      const values = band.range.values;
      const formats = band.range.numberFormat;
      bytes += jsonBytes(values) + jsonBytes(formats);
      cells += band.count * band.sheet.columns;
      const assembly = assemblies.get(band.sheet.name);
      if (!assembly) throw new Error(`no assembly for ${band.sheet.name}`);
      addRows(assembly, values, Array.isArray(formats) ? formats : null);
      if (band.merged && !band.merged.isNullObject) {
        bytes += jsonBytes(band.merged.address);
        for (const m of parseAreas(band.merged.address)) assembly.merges.set(`${m.top},${m.left}`, m);
      }
      read += band.count;
    }
    // Size the next bands from what this sync returned, never below the cost of an empty cell.
    bytesPerCell = Math.max(12, (bytes / Math.max(cells, 1)) * HEADROOM);
    options.onProgress?.(read, total);
  }
  return new Map([...assemblies].map(([name, a]) => [name, a.grid()]));
}

/** Bands for one sync: whole sheets while they fit, else as many rows as the budget holds (at least one). */
function takeBatch(queue: Band[], bytesPerCell: number, budget: Budget): Band[] {
  const batch: Band[] = [];
  let bytes = 0;
  let cells = 0;
  while (queue.length > 0) {
    const band = queue[0];
    const rowCells = band.sheet.columns;
    const rowBytes = rowCells * bytesPerCell;
    const fit = Math.min(
      Math.floor((budget.bytes - bytes) / rowBytes),
      Math.floor((budget.cells - cells) / rowCells),
    );
    const take = Math.min(band.count, batch.length === 0 ? Math.max(fit, 1) : fit);
    if (take <= 0) break;
    batch.push({ sheet: band.sheet, start: band.start, count: take });
    bytes += take * rowBytes;
    cells += take * rowCells;
    if (take === band.count) queue.shift();
    else {
      queue[0] = { sheet: band.sheet, start: band.start + take, count: band.count - take };
      break;
    }
  }
  return batch;
}

function queueBand(context: XlContext, band: Band, merges: boolean): PendingBand {
  const { sheet } = band;
  const range = context.workbook.worksheets
    .getItem(sheet.name)
    .getRangeByIndexes(sheet.top + band.start, sheet.left, band.count, sheet.columns);
  range.load('values,numberFormat');
  let merged: XlRangeAreas | null = null;
  if (merges) {
    merged = range.getMergedAreasOrNullObject();
    merged.load('address');
  }
  return { ...band, range, merged };
}

function addRows(assembly: Assembly, values: unknown[][], formats: unknown[][] | null): void {
  const { left } = assembly.extent;
  values.forEach((row, r) => {
    const cells: CellValue[] = new Array<CellValue>(left).fill(null);
    row.forEach((value, c) => cells.push(gridCell(value, formats?.[r]?.[c])));
    while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
    assembly.rows.push(cells);
  });
}
