/** Placeholders a template leaves for the user to fill: xxx, XXX, 20xx, ××, ***, 某某. */
const PLACEHOLDER = /(?<![A-Za-z])(?:20[xX]{2}|[xX]{2,}|[Ｘｘ]{2,})(?![A-Za-z])|[×＊*]{2,}|某某|[○〇]{2,}/g;

export function placeholdersIn(text: string): string[] {
  return text.match(PLACEHOLDER) ?? [];
}

export function hasPlaceholder(text: string): boolean {
  return placeholdersIn(text).length > 0;
}
