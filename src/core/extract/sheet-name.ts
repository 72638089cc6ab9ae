/** A worksheet name for a plan: Excel allows 31 characters and none of []:*?/\ ; names must differ. */
const FORBIDDEN = /[[\]:*?/\\]/g;
const MAX = 31;

export function sheetNameFor(wanted: string, taken: readonly string[]): string {
  const base =
    wanted
      .replace(FORBIDDEN, '')
      .replace(/^'+|'+$/g, '')
      .trim()
      .slice(0, MAX) || 'Sheet';
  const used = new Set(taken.map((t) => t.toLowerCase()));
  if (!used.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = base.slice(0, MAX - suffix.length) + suffix;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}
