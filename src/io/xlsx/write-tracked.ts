/**
 * Writing a planned tracked workbook in a fraction of exceljs's time and memory. The generated
 * sheets are rendered without their data rows, so exceljs writes (uncompressed) only the source
 * sheets and the skeletons: styles, rules, validations, headers. Each skeleton then gets its rows
 * appended as XML a chunk at a time, and every part is deflated natively. The cells, styles and
 * rules are those renderTrackPlan + exceljs would write; text goes inline instead of shared.
 */
import type ExcelJS from 'exceljs';
import { STYLES } from '../../core/sheets/palette';
import { headerRowOf, isDateValue, isFormula, type SheetSpec, type SpecValue } from '../../core/sheets/spec';
import type { TrackPlan } from '../../core/track/plan-workbook';
import { resolveLimits } from '../files/limits';
import { readZipDirectory } from '../files/zip-directory';
import { zipDeflated, type ZipPart } from './deflate-zip';
import { rowsXml } from './spec-rows-xml';
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
 * Rows can be appended after the skeleton when nothing else is written into them: no styled or
 * sized data rows, no unlocked ranges, and no date in a column without a number format (exceljs
 * gives such a date a format of its own).
 */
function rowsCanFollow(spec: SheetSpec): boolean {
  const header = headerRowOf(spec);
  const above = (address: string) => Number(/\d+$/.exec(address)?.[0] ?? Infinity) <= header;
  if (spec.rowStyles?.length || spec.rowHeights?.length || spec.protect) return false;
  if (!(spec.cellStyles ?? []).every((s) => above(s.address))) return false;
  if (!(spec.rangeStyles ?? []).every((s) => s.range.split(':').every(above))) return false;
  const undated = spec.columns.map((c) => !(c.style && STYLES[c.style].numFmt));
  const isDate = (v: SpecValue) => isDateValue(v) || (isFormula(v) && isDateResult(v.result));
  return spec.rows.every((row) => row.every((v, c) => !(isDate(v) && (undated[c] ?? true))));
}

function isDateResult(result: unknown): boolean {
  return typeof result === 'object' && result !== null;
}

/** The skeleton's XML with the data rows before `</sheetData>` and the dimension widened to them. */
function* withRows(stored: Uint8Array, spec: SheetSpec): Generator<Uint8Array> {
  const encoder = new TextEncoder();
  const xml = new TextDecoder().decode(stored);
  const end = xml.lastIndexOf('</sheetData>');
  if (end < 0) throw new Error(`no sheetData in the skeleton of ${spec.name}`);
  const header = headerRowOf(spec);
  const lastRow = header + spec.rows.length;
  const head = xml
    .slice(0, end)
    .replace(
      /<dimension ref="([A-Z]+)\d+:([A-Z]+)(\d+)"\/>/,
      (all, left: string, right: string, bottom: string) =>
        Number(bottom) >= lastRow ? all : `<dimension ref="${left}1:${right}${lastRow}"/>`,
    );
  yield encoder.encode(head);
  for (const chunk of rowsXml(spec.rows, header + 1, columnStyles(xml, spec.columns.length)))
    yield encoder.encode(chunk);
  yield encoder.encode(xml.slice(end));
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
