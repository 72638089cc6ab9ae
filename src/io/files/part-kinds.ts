/**
 * Which parts of a workbook package exceljs 4.4 uses, and which it loses on a read-modify-write.
 * Paths are matched as exceljs matches them (xl/…, case-sensitive), so a part we keep is a part it reads.
 */
import { partName, type ZipEntry } from './zip-directory';

export type Purpose = 'read' | 'rewrite';

/** Kinds of content present in a file that exceljs drops when the workbook is written back. */
export type DroppedPart =
  | 'charts'
  | 'pivotTables'
  | 'macros'
  | 'customXml'
  | 'slicers'
  | 'externalLinks'
  | 'activeX'
  | 'unreferenced';

/**
 * Enough for cell values, merges, comments and tables. Drawings stay because a sheet that names one
 * makes exceljs look it up; their images and rels do not, since a drawing without them is skipped.
 * Document properties do not either: cell values never need them.
 */
const READ_PARTS: readonly RegExp[] = [
  /^\[Content_Types\]\.xml$/,
  /^_rels\/\.rels$/,
  /^xl\/workbook\.xml$/,
  /^xl\/_rels\/workbook\.xml\.rels$/,
  /^xl\/sharedStrings\.xml$/,
  /^xl\/styles\.xml$/,
  /^xl\/theme\/[^/]+\.xml$/,
  /^xl\/worksheets\/[^/]+\.xml$/,
  /^xl\/worksheets\/_rels\/[^/]+\.xml\.rels$/,
  /^xl\/comments\d+\.xml$/,
  /^xl\/tables\/[^/]+\.xml$/,
  /^xl\/drawings\/[^/]+\.(xml|vml)$/,
];

/** What exceljs can write back besides: document properties, pictures and how drawings reach them. */
const REWRITE_EXTRA: readonly RegExp[] = [
  /^docProps\/(app|core)\.xml$/,
  /^xl\/media\/[^/]+$/,
  /^xl\/drawings\/_rels\/[^/]+\.rels$/,
];

/**
 * Parts exceljs reads, among those reachable. Charts, pivot caches and the like are left out even for a
 * rewrite: exceljs discards them anyway, and a large pivot cache would only spend the inflation budget.
 */
export function keepsPart(name: string, purpose: Purpose): boolean {
  if (READ_PARTS.some((re) => re.test(name))) return true;
  return purpose === 'rewrite' && REWRITE_EXTRA.some((re) => re.test(name));
}

const KINDS: readonly (readonly [Exclude<DroppedPart, 'unreferenced'>, RegExp])[] = [
  ['charts', /^xl\/(charts|chartsheets)\//i],
  ['pivotTables', /^xl\/(pivotTables|pivotCache)\//i],
  ['macros', /(^|\/)vbaProject\.bin$/i],
  ['customXml', /^customXml\//i],
  ['slicers', /^xl\/(slicers|slicerCaches|timelines|timelineCaches)\//i],
  ['externalLinks', /^xl\/externalLinks\//i],
  ['activeX', /^xl\/(activeX|ctrlProps)\//i],
];

/**
 * Kinds present among the parts the workbook refers to, plus 'unreferenced' when the package holds
 * parts nothing refers to (never shown by Excel; we do not even inflate them).
 */
export function droppedParts(entries: readonly ZipEntry[], reached: ReadonlySet<string>): DroppedPart[] {
  const found = new Set<DroppedPart>();
  for (const entry of entries) {
    if (entry.isDirectory) continue;
    const name = partName(entry);
    if (!reached.has(name.toLowerCase())) {
      if (name !== '[Content_Types].xml') found.add('unreferenced');
      continue;
    }
    for (const [kind, re] of KINDS) if (re.test(name)) found.add(kind);
  }
  return [...KINDS.map(([kind]) => kind), 'unreferenced' as const].filter((k) => found.has(k));
}
