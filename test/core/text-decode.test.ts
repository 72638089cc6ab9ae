import { decodeText, decodeTextStrict, detectEncoding } from '../../src/core/text-decode';
import { gbkBytes } from '../helpers/gbk';

const TEXT = '一、工作任务\n牽頭單位：区城管局';

describe('decoding a text file', () => {
  it('reads UTF-8 with and without BOM', () => {
    const utf8 = new TextEncoder().encode(TEXT);
    expect(decodeTextStrict(utf8)).toEqual({ text: TEXT, encoding: 'utf-8' });
    expect(decodeTextStrict(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({
      text: TEXT,
      encoding: 'utf-8',
    });
  });

  it('reads GB18030 when the bytes are not UTF-8', () => {
    expect(detectEncoding(gbkBytes(TEXT))).toBe('gb18030');
    expect(decodeTextStrict(gbkBytes(TEXT))).toEqual({ text: TEXT, encoding: 'gb18030' });
  });

  it('reads UTF-16 with a BOM', () => {
    const le = [0xff, 0xfe, ...[...TEXT].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])];
    expect(decodeText(new Uint8Array(le))).toEqual({ text: TEXT, encoding: 'utf-16le' });
  });

  it('strictly, gives up on bytes that are neither; leniently, replaces them', () => {
    const junk = new Uint8Array([0x81, 0x20, 0xff, 0xff]);
    expect(decodeTextStrict(junk)).toBeNull();
    expect(decodeText(junk).text).toContain('\uFFFD');
  });
});
