/**
 * Raw inflate through the standard DecompressionStream (browsers, and Node ≥ 18): output is read
 * chunk by chunk and the stream cancelled as soon as it passes the cap.
 */
import type { InflateRaw } from './inflate';

// Structural types, so this compiles without the DOM library (the CLI build has none).
interface ChunkReader {
  read(): Promise<{ done: boolean; value?: Uint8Array }>;
  cancel(): Promise<void>;
}
interface ChunkWriter {
  write(chunk: Uint8Array): Promise<void>;
  close(): Promise<void>;
}
interface DecompressionPair {
  readonly readable: { getReader(): ChunkReader };
  readonly writable: { getWriter(): ChunkWriter };
}
type DecompressionCtor = new (format: 'deflate-raw') => DecompressionPair;

function concat(chunks: readonly Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

export const inflateRawWeb: InflateRaw = async (compressed, maxLength) => {
  const Decompression = (globalThis as { DecompressionStream?: DecompressionCtor }).DecompressionStream;
  if (!Decompression) throw new Error('DecompressionStream is not available in this environment');
  const stream = new Decompression('deflate-raw');
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  // Errors of the input surface on the reader; this only keeps the writer's rejection handled.
  const writing = writer
    .write(compressed)
    .then(() => writer.close())
    .catch(() => undefined);
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (!value) continue;
      total += value.length;
      if (total > maxLength) {
        await reader.cancel().catch(() => undefined);
        return { ok: false, reason: 'too_long' };
      }
      chunks.push(value);
    }
  } catch {
    return { ok: false, reason: 'invalid' };
  } finally {
    await writing;
  }
  return { ok: true, bytes: concat(chunks, total) };
};
