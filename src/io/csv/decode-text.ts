/**
 * The text of a CSV file, its encoding detected rather than assumed: Excel writes UTF-8 with a BOM or
 * UTF-16 ("Unicode text"), while Chinese Windows writes GBK by default.
 */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export function detectEncoding(b: Uint8Array): TextEncodingName {
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(b);
    return 'utf-8';
  } catch {
    // Not valid UTF-8: GB18030 is the superset of GBK and GB2312 and decodes any byte sequence.
    return 'gb18030';
  }
}

/** Decoded text, without its byte order mark. */
export function decodeText(b: Uint8Array): { text: string; encoding: TextEncodingName } {
  const encoding = detectEncoding(b);
  return { text: new TextDecoder(encoding).decode(b), encoding };
}
