/**
 * Compound File Binary (OLE) containers: Excel 97-2003 .xls, WPS .et, and — holding an
 * `EncryptedPackage` stream — Office's password-protected .xlsx.
 */
import { startsWith, u16 } from './bytes';

export const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] as const;

const HEADER_SIZE = 512;
const DIR_ENTRY_SIZE = 128;
const STREAM = 2;
const ENCRYPTED_PACKAGE = 'EncryptedPackage';

export function isCfb(b: Uint8Array): boolean {
  return startsWith(b, CFB_MAGIC);
}

function isEntryNamed(b: Uint8Array, at: number, name: string): boolean {
  if (u16(b, at + 0x40) !== (name.length + 1) * 2 || b[at + 0x42] !== STREAM) return false;
  for (let i = 0; i < name.length; i++) if (u16(b, at + i * 2) !== name.charCodeAt(i)) return false;
  return true;
}

/**
 * Directory entries sit 128-byte aligned in sectors that are multiples of 512 bytes, so scanning every
 * aligned slot finds the stream without following the FAT chains — which a damaged file may break.
 */
export function hasEncryptedPackage(b: Uint8Array): boolean {
  for (let at = HEADER_SIZE; at + DIR_ENTRY_SIZE <= b.length; at += DIR_ENTRY_SIZE) {
    if (isEntryNamed(b, at, ENCRYPTED_PACKAGE)) return true;
  }
  return false;
}
