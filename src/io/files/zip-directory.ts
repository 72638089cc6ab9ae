/**
 * A zip's table of contents, read from the End Of Central Directory record and the central directory
 * alone: nothing is inflated here, so a bomb costs no more than its listing.
 */
import { startsWith, u16, u32, u64 } from './bytes';
import { failure, type FileFailure } from './errors';
import type { Limits } from './limits';

export interface ZipEntry {
  /** The name as stored (UTF-8 decoded). */
  readonly name: string;
  /** The stored name bytes, copied unchanged when the entry is repacked. */
  readonly nameBytes: Uint8Array;
  readonly flags: number;
  readonly method: number;
  readonly dosTime: number;
  readonly dosDate: number;
  readonly crc32: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly localHeaderOffset: number;
  /** Where the compressed bytes start, after the local header. */
  readonly dataOffset: number;
  readonly isDirectory: boolean;
}

export interface ZipDirectory {
  readonly entries: readonly ZipEntry[];
}

export type ZipReading = { readonly ok: true; readonly zip: ZipDirectory } | FileFailure;

export const LOCAL_HEADER_SIG = [0x50, 0x4b, 0x03, 0x04] as const;
export const EMPTY_ZIP_SIG = [0x50, 0x4b, 0x05, 0x06] as const;
const CENTRAL_SIG = 0x02014b50;
const EOCD_SIG = 0x06054b50;
const ZIP64_LOCATOR_SIG = 0x07064b50;
const ZIP64_EOCD_SIG = 0x06064b50;
const EOCD_SIZE = 22;
const CENTRAL_SIZE = 46;
const LOCAL_SIZE = 30;
const MAX_COMMENT = 0xffff;

/** Stored part names lead with no slash; some writers add one, exceljs strips it too. */
export function partName(entry: ZipEntry): string {
  return entry.name.startsWith('/') ? entry.name.slice(1) : entry.name;
}

const utf8 = new TextDecoder('utf-8');

interface Eocd {
  readonly at: number;
  readonly entries: number;
  readonly cdSize: number;
  readonly cdOffset: number;
}

/**
 * The EOCD record, searched backwards over the largest possible comment. A record whose comment
 * runs exactly to the end of the file wins over one with trailing bytes (which a comment might fake).
 */
function findEocd(b: Uint8Array): number {
  let loose = -1;
  for (let at = b.length - EOCD_SIZE; at >= Math.max(0, b.length - EOCD_SIZE - MAX_COMMENT); at--) {
    if (u32(b, at) !== EOCD_SIG) continue;
    const end = at + EOCD_SIZE + u16(b, at + 20);
    if (end === b.length) return at;
    if (end < b.length && loose < 0) loose = at;
  }
  return loose;
}

function readEocd(b: Uint8Array): Eocd | null {
  const at = findEocd(b);
  if (at < 0) return null;
  if (u16(b, at + 4) !== 0 || u16(b, at + 6) !== 0) return null; // split archives are not workbooks
  const eocd = { at, entries: u16(b, at + 10), cdSize: u32(b, at + 12), cdOffset: u32(b, at + 16) };
  const locator = at - 20;
  if (locator < 0 || u32(b, locator) !== ZIP64_LOCATOR_SIG) return eocd;
  const rec = u64(b, locator + 8);
  if (rec + 56 > locator || u32(b, rec) !== ZIP64_EOCD_SIG) return null;
  return { at: rec, entries: u64(b, rec + 32), cdSize: u64(b, rec + 40), cdOffset: u64(b, rec + 48) };
}

/** Fields saturated at 0xFFFFFFFF take their real value from the ZIP64 extra field, in this order. */
function applyZip64Extra(
  b: Uint8Array,
  from: number,
  to: number,
  sizes: { uncompressed: number; compressed: number; offset: number },
): boolean {
  for (let at = from; at + 4 <= to;) {
    const id = u16(b, at);
    const len = u16(b, at + 2);
    const data = at + 4;
    if (data + len > to) return false;
    if (id === 0x0001) {
      let p = data;
      for (const key of ['uncompressed', 'compressed', 'offset'] as const) {
        if (sizes[key] !== 0xffffffff) continue;
        if (p + 8 > data + len) return false;
        sizes[key] = u64(b, p);
        p += 8;
      }
      return true;
    }
    at = data + len;
  }
  return sizes.uncompressed !== 0xffffffff && sizes.compressed !== 0xffffffff && sizes.offset !== 0xffffffff;
}

export function readZipDirectory(b: Uint8Array, limits: Limits, file: string): ZipReading {
  const corrupt = (detail: string) => failure('corrupt', { file, detail });
  const eocd = readEocd(b);
  if (!eocd) return corrupt('no end of central directory');
  if (eocd.entries > limits.maxEntries) {
    return failure('too_many_entries', { file, count: eocd.entries, limit: limits.maxEntries });
  }
  const cdEnd = eocd.cdOffset + eocd.cdSize;
  if (cdEnd > eocd.at || eocd.entries * CENTRAL_SIZE > eocd.cdSize)
    return corrupt('central directory out of bounds');

  const entries: ZipEntry[] = [];
  const seen = new Set<string>();
  let at = eocd.cdOffset;
  for (let i = 0; i < eocd.entries; i++) {
    if (at + CENTRAL_SIZE > cdEnd || u32(b, at) !== CENTRAL_SIG)
      return corrupt('central directory truncated');
    const nameLen = u16(b, at + 28);
    const extraLen = u16(b, at + 30);
    const next = at + CENTRAL_SIZE + nameLen + extraLen + u16(b, at + 32);
    if (next > cdEnd) return corrupt('central directory truncated');
    const sizes = { compressed: u32(b, at + 20), uncompressed: u32(b, at + 24), offset: u32(b, at + 42) };
    const nameEnd = at + CENTRAL_SIZE + nameLen;
    if (!applyZip64Extra(b, nameEnd, nameEnd + extraLen, sizes)) return corrupt('bad zip64 extra field');

    const nameBytes = b.subarray(at + CENTRAL_SIZE, nameEnd);
    const name = utf8.decode(nameBytes);
    // Part names are case-insensitive (OPC); two entries for one part make the file ambiguous.
    const key = name.replace(/^\//, '').toLowerCase();
    if (seen.has(key)) return corrupt('duplicate entry');
    seen.add(key);

    const local = sizes.offset;
    if (local + LOCAL_SIZE > eocd.cdOffset || !startsWith(b, LOCAL_HEADER_SIG, local)) {
      return corrupt('bad local header');
    }
    const dataOffset = local + LOCAL_SIZE + u16(b, local + 26) + u16(b, local + 28);
    if (dataOffset + sizes.compressed > eocd.cdOffset) return corrupt('entry data out of bounds');

    entries.push({
      name,
      nameBytes,
      flags: u16(b, at + 8),
      method: u16(b, at + 10),
      dosTime: u16(b, at + 12),
      dosDate: u16(b, at + 14),
      crc32: u32(b, at + 16),
      compressedSize: sizes.compressed,
      uncompressedSize: sizes.uncompressed,
      localHeaderOffset: local,
      dataOffset,
      isDirectory: name.endsWith('/'),
    });
    at = next;
  }
  return { ok: true, zip: { entries } };
}
