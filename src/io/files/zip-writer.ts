/**
 * A new zip holding some entries of another, copied raw: local header rewritten, compressed bytes
 * untouched, nothing inflated or deflated.
 */
import type { ZipEntry } from './zip-directory';
import { layOutZip } from './zip-layout';

/** Keep only the UTF-8 name flag and deflate's level bits: sizes now sit in the local header. */
const KEPT_FLAGS = 0x0806;

/** The sizes fit 32 bits (no ZIP64 out): the caps keep kept entries far below 4 GB. */
export function copyEntries(source: Uint8Array, entries: readonly ZipEntry[]): Uint8Array {
  return layOutZip(
    entries.map((e) => ({
      nameBytes: e.nameBytes,
      flags: e.flags & KEPT_FLAGS,
      method: e.method,
      dosTime: e.dosTime,
      dosDate: e.dosDate,
      crc32: e.crc32,
      compressedSize: e.compressedSize,
      uncompressedSize: e.uncompressedSize,
      data: [source.subarray(e.dataOffset, e.dataOffset + e.compressedSize)],
    })),
  );
}
