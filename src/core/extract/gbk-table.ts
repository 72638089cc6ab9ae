/**
 * GBK two-byte codes ⇄ characters, built once from the platform's gb18030 decoder (Node and every
 * browser have one), so the core needs no encoding tables of its own. Only garbled-text repair uses it.
 */

export interface GbkTable {
  /** The two bytes of a character (private-use ones included), or null for ASCII and characters GBK lacks. */
  encode(ch: string): readonly [number, number] | null;
  /** The character of two bytes, or null for invalid and user-defined (private use) codes. */
  decode(lead: number, trail: number): string | null;
  /** Every character whose first byte is `lead`, or whose second byte is `trail`. */
  withLead(lead: number): readonly string[];
  withTrail(trail: number): readonly string[];
}

let table: GbkTable | null | undefined;

/** The table, or null where the platform cannot decode gb18030. */
export function gbkTable(): GbkTable | null {
  if (table === undefined) table = buildTable();
  return table;
}

function buildTable(): GbkTable | null {
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder('gb18030', { fatal: true });
  } catch {
    return null;
  }
  const codes = new Map<string, readonly [number, number]>();
  const chars = new Map<number, string>();
  const byLead = new Map<number, string[]>();
  const byTrail = new Map<number, string[]>();
  const pair = new Uint8Array(2);
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    const row: string[] = [];
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      pair[0] = lead;
      pair[1] = trail;
      let ch: string;
      try {
        ch = decoder.decode(pair);
      } catch {
        continue;
      }
      if (ch.length !== 1) continue;
      if (!codes.has(ch)) codes.set(ch, [lead, trail]);
      // User-defined codes decode to private-use characters: garbled text holds them, clean text never.
      const code = ch.charCodeAt(0);
      if (code >= 0xe000 && code <= 0xf8ff) continue;
      chars.set((lead << 8) | trail, ch);
      row.push(ch);
      byTrail.set(trail, [...(byTrail.get(trail) ?? []), ch]);
    }
    byLead.set(lead, row);
  }
  return {
    encode: (ch) => codes.get(ch) ?? null,
    decode: (lead, trail) => chars.get((lead << 8) | trail) ?? null,
    withLead: (lead) => byLead.get(lead) ?? [],
    withTrail: (trail) => byTrail.get(trail) ?? [],
  };
}
