/** Names for generated sheets that never take a sheet the tool does not own. */

/** Excel's rules: at most 31 characters, none of []:*?/\ (each run of them and spaces one space), not blank. */
export function safeSheetName(name: string): string {
  const cleaned = name
    .replace(/[[\]:*?/\\]/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^'+|'+$/g, '')
    .trim();
  return (cleaned || 'Sheet').slice(0, 31);
}

/**
 * `wanted` if it is free or already ours; otherwise `wanted (2)`, `wanted (3)`… so a user's own
 * sheet with the same name is never overwritten. Names compare case-insensitively, as in Excel.
 */
export function claimSheetName(
  wanted: string,
  existing: readonly string[],
  owned: readonly string[],
): string {
  const lower = (s: string) => s.toLowerCase();
  const ownedSet = new Set(owned.map(lower));
  const taken = new Set(existing.map(lower));
  const base = safeSheetName(wanted);
  if (!taken.has(lower(base)) || ownedSet.has(lower(base))) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = base.slice(0, 31 - suffix.length) + suffix;
    if (!taken.has(lower(candidate)) || ownedSet.has(lower(candidate))) return candidate;
  }
}
