/**
 * Which entries of a workbook package to hand to exceljs: those reachable through the relationship
 * parts and used for the purpose at hand. Only they are counted against the caps and inflated, so an
 * unreferenced bomb is never touched.
 */
import { checkBudget } from './budget';
import { failure, type FileFailure } from './errors';
import { inflateEntry, type InflateRaw } from './inflate';
import { megabytes, type Limits } from './limits';
import { droppedParts, keepsPart, type DroppedPart, type Purpose } from './part-kinds';
import { exceljsRenames, WORKBOOK } from './exceljs-part-names';
import { internalTargets, relsPartOf, sourceOfRels, withTargetsMended } from './relationships';
import { withRowNumbers } from './row-numbers';
import { unprefixedXml } from './unprefix-xml';
import { decodeXml, utf8Xml } from './xml-text';
import type { EntryChange } from './zip-writer';
import { partName, type ZipDirectory, type ZipEntry } from './zip-directory';

export interface PartSelection {
  readonly ok: true;
  readonly kept: readonly ZipEntry[];
  /**
   * Kept parts given anew for exceljs: XML without its namespace prefix (see unprefix-xml), sheets
   * with their row and cell references written in (see row-numbers), parts renamed to the names
   * exceljs looks for (see exceljs-part-names) and the relationships to them.
   */
  readonly changes: ReadonlyMap<ZipEntry, EntryChange>;
  readonly dropped: readonly DroppedPart[];
}

interface Context {
  readonly bytes: Uint8Array;
  readonly byName: ReadonlyMap<string, ZipEntry>;
  readonly limits: Limits;
  readonly inflateRaw: InflateRaw;
  readonly file: string;
}

/**
 * Every part reachable from the package relationships (and from xl/workbook.xml, in case those are
 * broken), as lower-case names; the .rels parts read on the way count as reached.
 */
async function reachableParts(ctx: Context): Promise<{ ok: true; reached: Set<string> } | FileFailure> {
  const { file, limits } = ctx;
  const { maxPartBytes, maxTotalUncompressed } = limits;
  const reached = new Set<string>(['[content_types].xml']);
  const queue = ['', 'xl/workbook.xml'];
  const visited = new Set<string>();
  let inflated = 0;
  for (let i = 0; i < queue.length; i++) {
    const part = queue[i];
    if (visited.has(part.toLowerCase())) continue;
    visited.add(part.toLowerCase());
    if (part !== '') reached.add(part.toLowerCase());
    const rels = ctx.byName.get(relsPartOf(part).toLowerCase());
    if (!rels) continue;
    reached.add(partName(rels).toLowerCase());
    const tooMuch = (size: number, limit: number) =>
      failure('too_much_data', { file, entry: rels.name, size: megabytes(size), limit: megabytes(limit) });
    if (rels.uncompressedSize > maxPartBytes) return tooMuch(rels.uncompressedSize, maxPartBytes);
    inflated += rels.uncompressedSize;
    if (inflated > maxTotalUncompressed) return tooMuch(inflated, maxTotalUncompressed);
    const out = await inflateEntry(ctx.bytes, rels, ctx.inflateRaw, file);
    if (!out.ok) return out;
    for (const target of internalTargets(decodeXml(out.bytes), part)) {
      if (ctx.byName.has(target.toLowerCase())) queue.push(target);
    }
  }
  return { ok: true, reached };
}

export async function selectParts(
  bytes: Uint8Array,
  zip: ZipDirectory,
  purpose: Purpose,
  limits: Limits,
  inflateRaw: InflateRaw,
  file: string,
): Promise<PartSelection | FileFailure> {
  const byName = new Map(zip.entries.map((e) => [partName(e).toLowerCase(), e]));
  const graph = await reachableParts({ bytes, byName, limits, inflateRaw, file });
  if (!graph.ok) return graph;
  const kept = zip.entries.filter(
    (e) => !e.isDirectory && graph.reached.has(partName(e).toLowerCase()) && keepsPart(partName(e), purpose),
  );
  const refused = checkBudget(kept, limits, file);
  if (refused) return refused;
  // Inflate each kept entry once, under its declared size, so a lying directory is caught here
  // rather than by exceljs running out of memory.
  const changes = new Map<ZipEntry, EntryChange>();
  let workbookRels: { entry: ZipEntry; text: string } | null = null;
  for (const entry of kept) {
    const out = await inflateEntry(bytes, entry, inflateRaw, file);
    if (!out.ok) return out;
    const name = partName(entry);
    if (!/\.(?:xml|rels)$/i.test(name)) continue;
    const plain = unprefixedXml(out.bytes);
    const sheet = /^xl\/worksheets\/[^/]+\.xml$/i.test(name);
    let mended = (sheet ? withRowNumbers(plain ?? out.bytes) : null) ?? plain;
    if (/\.rels$/i.test(name)) {
      const text = decodeXml(mended ?? out.bytes);
      const relative = withTargetsMended(text, sourceOfRels(name));
      if (relative !== null) mended = utf8Xml(relative);
      if (name.toLowerCase() === relsPartOf(WORKBOOK)) workbookRels = { entry, text: relative ?? text };
    }
    if (mended) changes.set(entry, { bytes: mended });
  }
  if (workbookRels) renameForExceljs(kept, workbookRels, changes);
  return { ok: true, kept, changes, dropped: droppedParts(zip.entries, graph.reached) };
}

/** Parts exceljs looks for under other names get those names; the workbook's relationships follow. */
function renameForExceljs(
  kept: readonly ZipEntry[],
  workbookRels: { entry: ZipEntry; text: string },
  changes: Map<ZipEntry, EntryChange>,
): void {
  const renames = exceljsRenames(workbookRels.text, kept.map(partName));
  if (renames.size === 0) return;
  for (const entry of kept) {
    const name = renames.get(partName(entry));
    if (name) changes.set(entry, { ...changes.get(entry), name });
  }
  const moved = withTargetsMended(workbookRels.text, WORKBOOK, renames) ?? workbookRels.text;
  changes.set(workbookRels.entry, { ...changes.get(workbookRels.entry), bytes: utf8Xml(moved) });
}
