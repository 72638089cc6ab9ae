/** A package part's XML as text and back: parts may be UTF-8 or UTF-16 (with a BOM); written back as UTF-8. */

/** The part's text, decoded as its byte-order mark says (UTF-8 without one). */
export function decodeXml(b: Uint8Array): string {
  if (b[0] === 0xff && b[1] === 0xfe) return new TextDecoder('utf-16le').decode(b);
  if (b[0] === 0xfe && b[1] === 0xff) return new TextDecoder('utf-16be').decode(b);
  return new TextDecoder('utf-8').decode(b);
}

/** A part's text as UTF-8 bytes, its declaration saying so whatever it said (UTF-16 parts exist). */
export function utf8Xml(text: string): Uint8Array {
  return new TextEncoder().encode(
    text.replace(/^\uFEFF/, '').replace(/^(\s*<\?xml[^?]*?encoding\s*=\s*)(["'])[^"']*\2/, '$1$2UTF-8$2'),
  );
}
