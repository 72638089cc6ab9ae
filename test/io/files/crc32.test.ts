import { crc32 } from '../../../src/io/files/crc32';

describe('crc32', () => {
  it('gives the check value of CRC-32 and continues over chunks', () => {
    const bytes = new TextEncoder().encode('123456789');
    expect(crc32(bytes)).toBe(0xcbf43926);
    expect(crc32(bytes.subarray(4), crc32(bytes.subarray(0, 4)))).toBe(0xcbf43926);
  });
});
