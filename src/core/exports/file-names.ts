/**
 * File names from unit names, safe on Windows (the strictest of the systems offices use): no
 * <>:"/\|?* or control characters, no trailing dot or space, none of the reserved device names,
 * not too long, and unique in their folder regardless of case.
 */

/** Characters of a name kept (UTF-16 units); far under the 255 of NTFS, room for a suffix and extension. */
const MAX_LENGTH = 80;
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

/** One safe file name (without extension) for `name`. */
export function safeFileStem(name: string): string {
  let stem = name
    .replace(/[<>:"/\\|?*\u0000-\u001f\u007f]/g, '_')
    .replace(/\s+/g, ' ')
    .trim();
  stem = cut(stem, MAX_LENGTH).replace(/[. ]+$/, '');
  if (!stem) return '_';
  // CON, and also CON.txt: Windows looks at the part before the first dot.
  if (RESERVED.test(stem.split('.')[0].trim())) stem = `_${stem}`;
  return stem;
}

/** Cuts at a code point boundary, so a character outside the BMP is never halved. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  let out = '';
  for (const ch of text) {
    if (out.length + ch.length > max) break;
    out += ch;
  }
  return out;
}

/** `stem.ext`, or `stem (2).ext`… when the name is taken; the name is added to `taken` (lower case). */
export function uniqueFileName(name: string, extension: string, taken: Set<string>): string {
  const stem = safeFileStem(name);
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? `${stem}${extension}` : `${stem} (${n})${extension}`;
    if (!taken.has(candidate.toLowerCase())) {
      taken.add(candidate.toLowerCase());
      return candidate;
    }
  }
}
