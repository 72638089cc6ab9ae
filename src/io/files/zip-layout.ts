/**
 * Laying out a zip from entries whose bytes are already compressed (or stored): local headers with
 * the data, the central directory, the end record. No ZIP64: callers keep far below 4 GB and 65,535
 * entries, and this refuses anything larger.
 */
import { writeU16, writeU32 } from './bytes';
import type { ZipEntry } from './zip-directory';

/** An entry as a zip's headers describe it (method 0 stored, 8 deflated), with its bytes. */
export interface ZipRecord extends Pick<
  ZipEntry,
  'nameBytes' | 'flags' | 'method' | 'dosTime' | 'dosDate' | 'crc32' | 'compressedSize' | 'uncompressedSize'
> {
  /** The compressed bytes, in pieces. */
  readonly data: readonly Uint8Array[];
}

const LOCAL_SIZE = 30;
const CENTRAL_SIZE = 46;
const EOCD_SIZE = 22;
const VERSION = 20;

export function layOutZip(records: readonly ZipRecord[]): Uint8Array {
  let total = EOCD_SIZE;
  for (const r of records) total += LOCAL_SIZE + CENTRAL_SIZE + 2 * r.nameBytes.length + r.compressedSize;
  if (total > 0xffffffff || records.length > 0xffff) throw new RangeError('the zip would need ZIP64');
  const out = new Uint8Array(total);
  const common = (at: number, r: ZipRecord) => {
    writeU16(out, at, r.flags);
    writeU16(out, at + 2, r.method);
    writeU16(out, at + 4, r.dosTime);
    writeU16(out, at + 6, r.dosDate);
    writeU32(out, at + 8, r.crc32);
    writeU32(out, at + 12, r.compressedSize);
    writeU32(out, at + 16, r.uncompressedSize);
    writeU16(out, at + 20, r.nameBytes.length);
  };
  const offsets: number[] = [];
  let at = 0;
  for (const r of records) {
    offsets.push(at);
    writeU32(out, at, 0x04034b50);
    writeU16(out, at + 4, VERSION);
    common(at + 6, r);
    // no extra field
    out.set(r.nameBytes, at + LOCAL_SIZE);
    at += LOCAL_SIZE + r.nameBytes.length;
    for (const piece of r.data) {
      out.set(piece, at);
      at += piece.length;
    }
  }
  const cdOffset = at;
  records.forEach((r, i) => {
    writeU32(out, at, 0x02014b50);
    writeU16(out, at + 4, VERSION);
    writeU16(out, at + 6, VERSION);
    common(at + 8, r);
    // extra, comment, disk, internal and external attributes stay zero
    writeU32(out, at + 42, offsets[i]);
    out.set(r.nameBytes, at + CENTRAL_SIZE);
    at += CENTRAL_SIZE + r.nameBytes.length;
  });
  writeU32(out, at, 0x06054b50);
  writeU16(out, at + 8, records.length);
  writeU16(out, at + 10, records.length);
  writeU32(out, at + 12, at - cdOffset);
  writeU32(out, at + 16, cdOffset);
  return out;
}
