/**
 * What a written workbook holds, read from its parts rather than through exceljs (which would
 * re-derive styles on load): the cellXfs in styles.xml and the conditional-format rules of every sheet.
 */
import { inflateEntry } from '../src/io/files/inflate';
import { inflateRawNode } from '../src/io/files/inflate-node';
import { resolveLimits } from '../src/io/files/limits';
import { readZipDirectory, type ZipEntry } from '../src/io/files/zip-directory';

export interface WrittenCounts {
  /** Cell formats (cellXfs) in xl/styles.xml. */
  styles: number;
  /** <cfRule> elements over all worksheets. */
  rules: number;
}

// The benchmark's own files: no caps worth applying.
const LIMITS = resolveLimits({
  maxFileBytes: Infinity,
  maxEntries: Infinity,
  maxTotalUncompressed: Infinity,
  maxRatio: Infinity,
  maxPartBytes: Infinity,
});

export async function writtenCounts(bytes: Uint8Array, file: string): Promise<WrittenCounts> {
  const listing = readZipDirectory(bytes, LIMITS, file);
  if (!listing.ok) throw new Error(`${file}: ${listing.code}`);
  const text = async (entry: ZipEntry) => {
    const part = await inflateEntry(bytes, entry, inflateRawNode, file);
    if (!part.ok) throw new Error(`${file} ${entry.name}: ${part.code}`);
    return Buffer.from(part.bytes).toString('utf8');
  };
  let styles = 0;
  let rules = 0;
  for (const entry of listing.zip.entries) {
    if (entry.name === 'xl/styles.xml') {
      const m = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(await text(entry));
      styles = m ? (m[1].match(/<xf\b/g) ?? []).length : 0;
    } else if (/^xl\/worksheets\/[^/]+\.xml$/.test(entry.name)) {
      rules += ((await text(entry)).match(/<cfRule\b/g) ?? []).length;
    }
  }
  return { styles, rules };
}
