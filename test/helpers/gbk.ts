/** Test helper: text garbled the way a GBK page read one byte late garbles it. */
import { gbkTable } from '../../src/core/extract/gbk-table';

/** GBK bytes of `text` with the first byte dropped, decoded again (private-use characters kept). */
export function garble(text: string): string {
  const table = gbkTable();
  if (!table) throw new Error('no gb18030 decoder');
  const bytes = [...text].flatMap((ch) =>
    ch.charCodeAt(0) < 0x80 ? [ch.charCodeAt(0)] : [...(table.encode(ch) ?? [])],
  );
  return new TextDecoder('gb18030').decode(new Uint8Array(bytes.slice(1)));
}

/** `text` in GB18030 bytes (ASCII and characters GBK has). */
export function gbkBytes(text: string): Uint8Array {
  const table = gbkTable();
  if (!table) throw new Error('no gb18030 decoder');
  return new Uint8Array(
    [...text].flatMap((ch) => (ch.charCodeAt(0) < 0x80 ? [ch.charCodeAt(0)] : [...(table.encode(ch) ?? [])])),
  );
}
