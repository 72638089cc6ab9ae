/**
 * A new zip holding some entries of another, copied raw: local header rewritten, compressed bytes
 * untouched, nothing inflated or deflated.
 */
import { writeU16, writeU32 } from './bytes';
import type { ZipEntry } from './zip-directory';

const LOCAL_SIZE = 30;
const CENTRAL_SIZE = 46;
const EOCD_SIZE = 22;
const VERSION = 20;
/** Keep only the UTF-8 name flag and deflate's level bits: sizes now sit in the local header. */
const KEPT_FLAGS = 0x0806;

function writeCommonFields(out: Uint8Array, at: number, e: ZipEntry): void {
  writeU16(out, at, e.flags & KEPT_FLAGS);
  writeU16(out, at + 2, e.method);
  writeU16(out, at + 4, e.dosTime);
  writeU16(out, at + 6, e.dosDate);
  writeU32(out, at + 8, e.crc32);
  writeU32(out, at + 12, e.compressedSize);
  writeU32(out, at + 16, e.uncompressedSize);
  writeU16(out, at + 20, e.nameBytes.length);
}

/**
 * The sizes must fit 32 bits (no ZIP64 out): they do, as the caps keep kept entries far below 4 GB.
 */
export function copyEntries(source: Uint8Array, entries: readonly ZipEntry[]): Uint8Array {
  let dataSize = 0;
  let cdSize = 0;
  for (const e of entries) {
    dataSize += LOCAL_SIZE + e.nameBytes.length + e.compressedSize;
    cdSize += CENTRAL_SIZE + e.nameBytes.length;
  }
  if (dataSize + cdSize + EOCD_SIZE > 0xffffffff || entries.length > 0xffff) {
    throw new RangeError('repacked zip would need ZIP64');
  }
  const out = new Uint8Array(dataSize + cdSize + EOCD_SIZE);
  const offsets: number[] = [];
  let at = 0;
  for (const e of entries) {
    offsets.push(at);
    writeU32(out, at, 0x04034b50);
    writeU16(out, at + 4, VERSION);
    writeCommonFields(out, at + 6, e);
    writeU16(out, at + 28, 0); // no extra field
    out.set(e.nameBytes, at + LOCAL_SIZE);
    at += LOCAL_SIZE + e.nameBytes.length;
    out.set(source.subarray(e.dataOffset, e.dataOffset + e.compressedSize), at);
    at += e.compressedSize;
  }
  const cdOffset = at;
  entries.forEach((e, i) => {
    writeU32(out, at, 0x02014b50);
    writeU16(out, at + 4, VERSION);
    writeU16(out, at + 6, VERSION);
    writeCommonFields(out, at + 8, e);
    // extra, comment, disk, internal and external attributes stay zero
    writeU32(out, at + 42, offsets[i]);
    out.set(e.nameBytes, at + CENTRAL_SIZE);
    at += CENTRAL_SIZE + e.nameBytes.length;
  });
  writeU32(out, at, 0x06054b50);
  writeU16(out, at + 8, entries.length);
  writeU16(out, at + 10, entries.length);
  writeU32(out, at + 12, at - cdOffset);
  writeU32(out, at + 16, cdOffset);
  return out;
}
