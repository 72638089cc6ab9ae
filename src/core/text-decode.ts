/**
 * The text of a user's file, its encoding detected rather than assumed: Excel writes UTF-8 with a
 * BOM or UTF-16 ("Unicode text"), Chinese Windows and WPS write GBK. GB18030 is the superset of GBK
 * and GB2312. The platform's TextDecoder (Node and every browser) does the decoding.
 */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedText {
  /** Without its byte order mark. */
  text: string;
  encoding: TextEncodingName;
}

export function detectEncoding(bytes: Uint8Array): TextEncodingName {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return decodeStrict(bytes, 'utf-8') === null ? 'gb18030' : 'utf-8';
}

/** Decodes leniently: bytes that fit no encoding become U+FFFD (a CSV is read whatever it holds). */
export function decodeText(bytes: Uint8Array): DecodedText {
  const encoding = detectEncoding(bytes);
  return { text: new TextDecoder(encoding).decode(bytes), encoding };
}

/** Decodes strictly: null when the bytes are not text in the detected encoding (a binary file). */
export function decodeTextStrict(bytes: Uint8Array): DecodedText | null {
  const encoding = detectEncoding(bytes);
  const text = decodeStrict(bytes, encoding);
  return text === null ? null : { text, encoding };
}

function decodeStrict(bytes: Uint8Array, encoding: TextEncodingName): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}
