/** Text normalisation shared by the cell parsers. */

/** Full-width ASCII (Ａ-Ｚ, ０-９, punctuation) and the ideographic space to their half-width forms. */
export function toHalfWidth(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ');
}

/** Trim and collapse runs of whitespace (including newlines) to one space. */
export function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
