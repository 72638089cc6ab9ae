/** Raw inflate through Node's zlib; `maxOutputLength` stops a bomb before it is allocated. */
import { inflateRawSync } from 'node:zlib';
import type { InflateRaw } from './inflate';

export const inflateRawNode: InflateRaw = async (compressed, maxLength) => {
  try {
    const bytes = inflateRawSync(compressed, { maxOutputLength: Math.max(1, maxLength) });
    return bytes.length <= maxLength ? { ok: true, bytes } : { ok: false, reason: 'too_long' };
  } catch (err) {
    const tooLong = (err as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE';
    return { ok: false, reason: tooLong ? 'too_long' : 'invalid' };
  }
};
