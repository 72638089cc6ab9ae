/**
 * A plan file's bytes as text. UTF-8 (with or without BOM) and UTF-16 with a BOM are recognised;
 * anything that is not valid UTF-8 is tried as GB18030, the encoding of Chinese Windows files.
 * Both decoders are strict, so a file in neither comes back as null instead of as mojibake.
 */
export type PlanEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export function decodePlanBytes(bytes: Uint8Array): { text: string; encoding: PlanEncoding } | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return strict(bytes, 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return strict(bytes, 'utf-16be');
  return strict(bytes, 'utf-8') ?? strict(bytes, 'gb18030');
}

/** The decoders drop a leading BOM themselves. */
function strict(bytes: Uint8Array, encoding: PlanEncoding): { text: string; encoding: PlanEncoding } | null {
  try {
    return { text: new TextDecoder(encoding, { fatal: true }).decode(bytes), encoding };
  } catch {
    return null;
  }
}
