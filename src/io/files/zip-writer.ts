/**
 * A new zip holding some entries of another, copied raw: local header rewritten, compressed bytes
 * untouched, nothing inflated or deflated — but for the few entries given anew, stored as they are.
 */
import { crc32 } from './crc32';
import type { ZipEntry } from './zip-directory';
import { layOutZip } from './zip-layout';

/** Keep only the UTF-8 name flag and deflate's level bits: sizes now sit in the local header. */
const KEPT_FLAGS = 0x0806;
const UTF8_NAMES = 0x0800;

const STORED = 0;

/** An entry given anew: another name, other bytes (stored), or both. */
export interface EntryChange {
  readonly name?: string;
  readonly bytes?: Uint8Array;
}

/** The sizes fit 32 bits (no ZIP64 out): the caps keep kept entries far below 4 GB. */
export function copyEntries(
  source: Uint8Array,
  entries: readonly ZipEntry[],
  changes: ReadonlyMap<ZipEntry, EntryChange> = new Map(),
): Uint8Array {
  return layOutZip(
    entries.map((e) => {
      const change = changes.get(e);
      const nameBytes = change?.name === undefined ? e.nameBytes : new TextEncoder().encode(change.name);
      const renamed = change?.name === undefined ? 0 : UTF8_NAMES;
      const bytes = change?.bytes;
      if (bytes)
        return {
          nameBytes,
          flags: (e.flags & UTF8_NAMES) | renamed,
          method: STORED,
          dosTime: e.dosTime,
          dosDate: e.dosDate,
          crc32: crc32(bytes),
          compressedSize: bytes.length,
          uncompressedSize: bytes.length,
          data: [bytes],
        };
      return {
        nameBytes,
        flags: (e.flags & KEPT_FLAGS) | renamed,
        method: e.method,
        dosTime: e.dosTime,
        dosDate: e.dosDate,
        crc32: e.crc32,
        compressedSize: e.compressedSize,
        uncompressedSize: e.uncompressedSize,
        data: [source.subarray(e.dataOffset, e.dataOffset + e.compressedSize)],
      };
    }),
  );
}
