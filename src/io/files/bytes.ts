/** Little-endian reads over a Uint8Array, bounds-checked by the caller. */

export function u16(b: Uint8Array, at: number): number {
  return b[at] | (b[at + 1] << 8);
}

export function u32(b: Uint8Array, at: number): number {
  return (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;
}

/** A 64-bit size or offset; values beyond 2^53 cannot be real for a file we hold in memory. */
export function u64(b: Uint8Array, at: number): number {
  return u32(b, at + 4) * 0x1_0000_0000 + u32(b, at);
}

export function startsWith(b: Uint8Array, prefix: readonly number[], at = 0): boolean {
  if (at + prefix.length > b.length) return false;
  for (let i = 0; i < prefix.length; i++) if (b[at + i] !== prefix[i]) return false;
  return true;
}

export function writeU16(b: Uint8Array, at: number, v: number): void {
  b[at] = v & 0xff;
  b[at + 1] = (v >>> 8) & 0xff;
}

export function writeU32(b: Uint8Array, at: number, v: number): void {
  writeU16(b, at, v & 0xffff);
  writeU16(b, at + 2, (v >>> 16) & 0xffff);
}
