/**
 * Writing a planned tracked workbook in a fraction of exceljs's time and memory. The generated
 * sheets are rendered without their data rows, so exceljs writes (uncompressed) only the source
 * sheets and the skeletons: styles, rules, validations, headers, styled rows. Each skeleton then
 * gets its rows as XML a chunk at a time, and every part is deflated natively. The cells, styles
 * and rules are those renderTrackPlan + exceljs would write; text goes inline instead of shared.
 */
import type ExcelJS from 'exceljs';
import { columnIndex } from '../../core/grid';
import { STYLES } from '../../core/sheets/palette';
import { headerRowOf, isDateValue, isFormula, type SheetSpec, type SpecValue } from '../../core/sheets/spec';
import type { TrackPlan } from '../../core/track/plan-workbook';
import { resolveLimits } from '../files/limits';
import { readZipDirectory } from '../files/zip-directory';
import { zipDeflated, type ZipPart } from './deflate-zip';
import { rowsXml, type SkeletonRow } from './spec-rows-xml';
import { renderTrackPlan } from './tracked-workbook';

// Our own output, just written: nothing to guard against.
const OWN_OUTPUT = resolveLimits({
  maxFileBytes: Infinity,
  maxEntries: Infinity,
  maxTotalUncompressed: Infinity,
  maxRatio: Infinity,
  maxPartBytes: Infinity,
});

/** The file of the plan built on `workbook`, which is left holding the generated sheets' skeletons. */
export async function writeTrackPlan(
  workbook: ExcelJS.Workbook,
  plan: Extract<TrackPlan, { ok: true }>,
  modified: Date,
): Promise<Uint8Array> {
  const deferred = new Set(plan.specs.filter(rowsCanFollow).map((s) => s.name));
  renderTrackPlan(workbook, {
    ...plan,
    specs: plan.specs.map((s) => (deferred.has(s.name) ? { ...s, rows: [] } : s)),
  });
  const rowsOf = new Map<string, SheetSpec>();
  for (const spec of plan.specs) {
    const ws = deferred.has(spec.name) ? workbook.getWorksheet(spec.name) : undefined;
    if (ws) rowsOf.set(`xl/worksheets/sheet${ws.id}.xml`, spec);
  }

  const stored = new Uint8Array(await workbook.xlsx.writeBuffer({ zip: { compression: 'STORE' } }));
  const listing = readZipDirectory(stored, OWN_OUTPUT, 'tracked workbook');
  if (!listing.ok) throw new Error(`exceljs wrote an unreadable zip: ${listing.code}`);
  const parts: ZipPart[] = listing.zip.entries
    .filter((e) => !e.isDirectory)
    .map((e) => {
      if (e.method !== 0) throw new Error(`exceljs compressed ${e.name}`);
      const bytes = stored.subarray(e.dataOffset, e.dataOffset + e.compressedSize);
      const spec = rowsOf.get(e.name);
      return { name: e.name, chunks: () => (spec ? withRows(bytes, spec) : [bytes]) };
    });
  return zipDeflated(parts, modified);
}

/**
 * A spec's rows can be appended to its skeleton unless a date would get a number format of its own
 * (exceljs gives one to a date whose style has none, which an appended cell cannot have) or cells
 * are unlocked one by one (sheet protection, which the exports use and track does not), or cells
 * of the data rows are merged (exceljs would write the merged cells itself).
 */
function rowsCanFollow(spec: SheetSpec): boolean {
  if (spec.protect || (spec.merges?.length ?? 0) > 0) return false;
  const header = headerRowOf(spec);
  const undated = spec.columns.map((c) => !(c.style && STYLES[c.style].numFmt));
  const restyledRows = new Set((spec.rowStyles ?? []).map((s) => s.index));
  const restyled = new Set<string>();
  const ranges = [
    ...(spec.cellStyles ?? []).map((s) => s.address),
    ...(spec.rangeStyles ?? []).map((s) => s.range),
  ];
  for (const range of ranges) {
    const [from, to = from] = range.split(':').map(parseAddress);
    for (let r = from.row; r <= to.row; r++)
      for (let c = from.col; c <= to.col; c++) restyled.add(`${r - header - 1},${c}`);
  }
  const isDate = (v: SpecValue) => isDateValue(v) || (isFormula(v) && isDateResult(v.result));
  return spec.rows.every((row, i) =>
    row.every(
      (v, c) => !isDate(v) || !((undated[c] ?? true) || restyledRows.has(i) || restyled.has(`${i},${c}`)),
    ),
  );
}

function isDateResult(result: unknown): boolean {
  return typeof result === 'object' && result !== null;
}

/** 0-based row and column of an A1 address. */
function parseAddress(address: string): { row: number; col: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(address);
  if (!m) throw new Error(`not a cell address: ${address}`);
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

/**
 * The skeleton's XML with the data rows in place of its own rows below the header, which hold only
 * what row, range and cell styles and row heights put there: those are merged into the data rows.
 */
function* withRows(stored: Uint8Array, spec: SheetSpec): Generator<Uint8Array> {
  const encoder = new TextEncoder();
  const xml = new TextDecoder().decode(stored);
  const end = xml.lastIndexOf('</sheetData>');
  if (end < 0) throw new Error(`no sheetData in the skeleton of ${spec.name}`);
  const header = headerRowOf(spec);
  const below = firstRowBelow(xml, header, end);
  const lastRow = header + spec.rows.length;
  const head = xml
    .slice(0, below)
    .replace(
      /<dimension ref="([A-Z]+)\d+:([A-Z]+)(\d+)"\/>/,
      (all, left: string, right: string, bottom: string) =>
        Number(bottom) >= lastRow ? all : `<dimension ref="${left}1:${right}${lastRow}"/>`,
    );
  yield encoder.encode(head);
  const skeleton = skeletonRows(xml.slice(below, end), spec.name);
  for (const chunk of rowsXml(spec.rows, header + 1, columnStyles(xml, spec.columns.length), skeleton))
    yield encoder.encode(chunk);
  yield encoder.encode(xml.slice(end));
}

/** Where the first `<row>` below the header starts, or the end of the sheet data. */
function firstRowBelow(xml: string, header: number, end: number): number {
  const rows = /<row r="(\d+)"/g;
  for (let m = rows.exec(xml); m && m.index < end; m = rows.exec(xml)) {
    if (Number(m[1]) > header) return m.index;
  }
  return end;
}

/** The skeleton's rows below the header: their attributes (heights) and their empty styled cells. */
function skeletonRows(xml: string, sheet: string): Map<number, SkeletonRow> {
  const rows = new Map<number, SkeletonRow>();
  for (const m of xml.matchAll(/<row r="(\d+)"([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const cells = new Map<number, number>();
    const body = m[3] ?? '';
    for (const c of body.matchAll(/<c r="([A-Z]+)\d+"(?: s="(\d+)")?\/>/g))
      cells.set(columnIndex(c[1]), Number(c[2] ?? 0));
    if (body.replace(/<c [^>]*\/>/g, '') !== '') throw new Error(`a value in the skeleton rows of ${sheet}`);
    rows.set(Number(m[1]), { attributes: m[2].replace(/\s+spans="[^"]*"/, ''), styles: cells });
  }
  return rows;
}

/** The xf of each column's style, from the skeleton's `<col min max style>` elements. */
function columnStyles(xml: string, count: number): number[] {
  const styles = new Array<number>(count).fill(0);
  for (const m of xml.matchAll(/<col ([^>]*)\/>/g)) {
    const attr = (name: string) => Number(new RegExp(`\\b${name}="(\\d+)"`).exec(m[1])?.[1] ?? 0);
    for (let c = attr('min'); c <= attr('max'); c++) styles[c - 1] = attr('style');
  }
  return styles;
}
