/**
 * Small files built in memory for the guard tests: workbooks from exceljs, zips from jszip, and
 * byte-level edits written here independently of the code under test.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';

export const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A one-sheet workbook "任务": a title merged over A1:C1, a header row and two tasks. */
export async function workbookBytes(extra?: (wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet) => void) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('任务');
  ws.addRow(['2024年重点工作任务分解表']);
  ws.mergeCells('A1:C1');
  ws.addRow(['序号', '工作任务', '牵头单位']);
  ws.addRow([1, '推进老旧小区改造', '区住建局']);
  ws.addRow([2, '完善垃圾分类', '区城管局（区综合执法局）']);
  extra?.(wb, ws);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** 1×1 transparent PNG. */
export const PNG_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

export async function zipOf(
  files: Record<string, string | Uint8Array>,
  options: { comment?: string; store?: readonly string[] } = {},
): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, data] of Object.entries(files)) {
    zip.file(name, data, { compression: options.store?.includes(name) ? 'STORE' : 'DEFLATE' });
  }
  return zip.generateAsync({ type: 'uint8array', comment: options.comment });
}

/** The same zip with some entries replaced, added (string or bytes) or removed (null). */
export async function rezip(
  bytes: Uint8Array,
  edits: Record<string, string | Uint8Array | null>,
  comment?: string,
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  for (const [name, data] of Object.entries(edits)) {
    if (data === null) zip.remove(name);
    else zip.file(name, data);
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', comment });
}

export async function readEntry(bytes: Uint8Array, name: string): Promise<string> {
  const file = (await JSZip.loadAsync(bytes)).file(name);
  if (!file) throw new Error(`no ${name}`);
  return file.async('string');
}

/** Adds Relationship elements to a .rels part of a zip. */
export async function addRelationships(
  bytes: Uint8Array,
  relsPart: string,
  rels: string,
): Promise<Uint8Array> {
  const xml = await readEntry(bytes, relsPart).catch(
    () =>
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`,
  );
  return rezip(bytes, { [relsPart]: xml.replace('</Relationships>', `${rels}</Relationships>`) });
}

const view = (b: Uint8Array) => new DataView(b.buffer, b.byteOffset, b.byteLength);

/** Offsets of the EOCD record and of each central directory entry, for zips without a comment. */
function centralEntries(b: Uint8Array): { eocd: number; entries: { at: number; name: string }[] } {
  const v = view(b);
  const eocd = b.length - 22;
  if (v.getUint32(eocd, true) !== 0x06054b50) throw new Error('fixture expects a zip without comment');
  const entries: { at: number; name: string }[] = [];
  let at = v.getUint32(eocd + 16, true);
  for (let i = 0; i < v.getUint16(eocd + 10, true); i++) {
    const nameLen = v.getUint16(at + 28, true);
    entries.push({ at, name: Buffer.from(b.subarray(at + 46, at + 46 + nameLen)).toString('utf8') });
    at += 46 + nameLen + v.getUint16(at + 30, true) + v.getUint16(at + 32, true);
  }
  return { eocd, entries };
}

/** A copy with one central directory entry edited through a DataView at its offset. */
export function patchCentral(
  b: Uint8Array,
  name: string,
  edit: (v: DataView, at: number) => void,
): Uint8Array {
  const out = b.slice();
  const entry = centralEntries(out).entries.find((e) => e.name === name);
  if (!entry) throw new Error(`no ${name}`);
  edit(view(out), entry.at);
  return out;
}

/**
 * The same zip in ZIP64 form: every size and offset in the central directory moved to a ZIP64 extra
 * field, and a ZIP64 end record plus locator in front of a saturated classic one.
 */
export function toZip64(b: Uint8Array): Uint8Array {
  const { eocd, entries } = centralEntries(b);
  const v = view(b);
  const cdOffset = v.getUint32(eocd + 16, true);
  const parts: Uint8Array[] = [b.subarray(0, cdOffset)];
  for (const { at } of entries) {
    const nameLen = v.getUint16(at + 28, true);
    const fixed = b.slice(at, at + 46 + nameLen);
    const fv = view(fixed);
    const extra = new Uint8Array(4 + 24);
    const ev = view(extra);
    ev.setUint16(0, 0x0001, true);
    ev.setUint16(2, 24, true);
    ev.setBigUint64(4, BigInt(v.getUint32(at + 24, true)), true); // uncompressed
    ev.setBigUint64(12, BigInt(v.getUint32(at + 20, true)), true); // compressed
    ev.setBigUint64(20, BigInt(v.getUint32(at + 42, true)), true); // local header offset
    for (const field of [20, 24, 42]) fv.setUint32(field, 0xffffffff, true);
    fv.setUint16(30, extra.length, true);
    fv.setUint16(32, 0, true);
    parts.push(fixed, extra);
  }
  const cdSize = parts.slice(1).reduce((n, p) => n + p.length, 0);
  const zip64Eocd = new Uint8Array(56);
  const zv = view(zip64Eocd);
  zv.setUint32(0, 0x06064b50, true);
  zv.setBigUint64(4, 44n, true);
  zv.setUint16(12, 45, true);
  zv.setUint16(14, 45, true);
  zv.setBigUint64(24, BigInt(entries.length), true);
  zv.setBigUint64(32, BigInt(entries.length), true);
  zv.setBigUint64(40, BigInt(cdSize), true);
  zv.setBigUint64(48, BigInt(cdOffset), true);
  const locator = new Uint8Array(20);
  const lv = view(locator);
  lv.setUint32(0, 0x07064b50, true);
  lv.setBigUint64(8, BigInt(cdOffset + cdSize), true);
  lv.setUint32(16, 1, true);
  const end = new Uint8Array(22);
  const endv = view(end);
  endv.setUint32(0, 0x06054b50, true);
  endv.setUint16(8, 0xffff, true);
  endv.setUint16(10, 0xffff, true);
  endv.setUint32(12, 0xffffffff, true);
  endv.setUint32(16, 0xffffffff, true);
  return Buffer.concat([...parts, zip64Eocd, locator, end]);
}

/**
 * A minimal Compound File (OLE) container: header, then one directory sector holding the root entry
 * and one stream entry with the given name.
 */
export function cfbWith(streamName: string): Uint8Array {
  const b = new Uint8Array(512 + 512);
  b.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const v = view(b);
  v.setUint16(0x1e, 9, true); // 512-byte sectors
  const entry = (at: number, name: string, type: number) => {
    for (let i = 0; i < name.length; i++) v.setUint16(at + i * 2, name.charCodeAt(i), true);
    v.setUint16(at + 0x40, (name.length + 1) * 2, true);
    b[at + 0x42] = type;
  };
  entry(512, 'Root Entry', 5);
  entry(640, streamName, 2);
  return b;
}
