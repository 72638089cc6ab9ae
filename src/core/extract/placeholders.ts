/** Placeholders a template leaves for the user to fill: xxx, XXX, 20xx, ××, ***, 某某. */
const PLACEHOLDER = /(?<![A-Za-z])(?:20[xX]{2}|[xX]{2,}|[Ｘｘ]{2,})(?![A-Za-z])|[×＊*]{2,}|某某|[○〇]{2,}/g;

export function placeholdersIn(text: string): string[] {
  return text.match(PLACEHOLDER) ?? [];
}

export function hasPlaceholder(text: string): boolean {
  return placeholdersIn(text).length > 0;
}

/** The text cut around its placeholders, in order, so a view can mark them where they stand. */
export function placeholderParts(text: string): { text: string; placeholder: boolean }[] {
  const parts: { text: string; placeholder: boolean }[] = [];
  let from = 0;
  for (const m of text.matchAll(PLACEHOLDER)) {
    if (m.index > from) parts.push({ text: text.slice(from, m.index), placeholder: false });
    parts.push({ text: m[0], placeholder: true });
    from = m.index + m[0].length;
  }
  if (from < text.length) parts.push({ text: text.slice(from), placeholder: false });
  return parts;
}
