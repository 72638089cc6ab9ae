/**
 * Inflating one zip entry with a hard cap on its output. The raw-deflate function is injected so this
 * stays free of Node's zlib: `inflateRawNode` in the CLI, `inflateRawWeb` in the browser.
 */
import { failure, type FileFailure } from './errors';
import type { ZipEntry } from './zip-directory';

export type InflateResult =
  | { readonly ok: true; readonly bytes: Uint8Array }
  | { readonly ok: false; readonly reason: 'too_long' | 'invalid' };

/** Inflates raw deflate data, giving up as soon as the output would exceed maxLength bytes. */
export type InflateRaw = (compressed: Uint8Array, maxLength: number) => Promise<InflateResult>;

const STORED = 0;
const DEFLATED = 8;

/**
 * The entry's bytes, which must come out exactly at the size the central directory declares:
 * a directory that understates a size is how a bomb slips past the caps.
 */
export async function inflateEntry(
  bytes: Uint8Array,
  entry: ZipEntry,
  inflateRaw: InflateRaw,
  file: string,
): Promise<{ readonly ok: true; readonly bytes: Uint8Array } | FileFailure> {
  const data = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  const corrupt = (detail: string) => failure('corrupt', { file, entry: entry.name, detail });
  if (entry.method === STORED) {
    return data.length === entry.uncompressedSize
      ? { ok: true, bytes: data }
      : corrupt('stored size mismatch');
  }
  if (entry.method !== DEFLATED) return corrupt(`compression method ${entry.method}`);
  const out = await inflateRaw(data, entry.uncompressedSize);
  if (!out.ok)
    return corrupt(out.reason === 'too_long' ? 'entry larger than declared' : 'invalid deflate data');
  return out.bytes.length === entry.uncompressedSize ? out : corrupt('entry smaller than declared');
}
