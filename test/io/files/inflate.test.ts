import { deflateRawSync } from 'node:zlib';
import { inflateEntry, type InflateRaw } from '../../../src/io/files/inflate';
import { inflateRawNode } from '../../../src/io/files/inflate-node';
import { inflateRawWeb } from '../../../src/io/files/inflate-web';
import { inspectFile } from '../../../src/io/files/inspect';
import type { ZipEntry } from '../../../src/io/files/zip-directory';
import { patchCentral, workbookBytes } from './fixtures';

const inflaters: [string, InflateRaw][] = [
  ['node zlib', inflateRawNode],
  ['DecompressionStream', inflateRawWeb],
];

describe.each(inflaters)('inflate through %s', (_name, inflateRaw) => {
  const data = new TextEncoder().encode('牵头单位,'.repeat(10_000));
  const compressed = deflateRawSync(data);

  it('returns the inflated bytes', async () => {
    const out = await inflateRaw(compressed, data.length);
    expect(out.ok && Buffer.from(out.bytes).equals(Buffer.from(data))).toBe(true);
  });

  it('stops as soon as the output passes the cap', async () => {
    expect(await inflateRaw(compressed, data.length - 1)).toEqual({ ok: false, reason: 'too_long' });
    const bomb = deflateRawSync(new Uint8Array(64 * 1024 * 1024));
    expect(await inflateRaw(bomb, 1024 * 1024)).toEqual({ ok: false, reason: 'too_long' });
  });

  it('reports data that is not deflate, or cut short', async () => {
    expect(await inflateRaw(Uint8Array.from([0xff, 0xff, 0xff, 0xff]), 100)).toEqual({
      ok: false,
      reason: 'invalid',
    });
    expect(await inflateRaw(compressed.subarray(0, 100), data.length)).toEqual({
      ok: false,
      reason: 'invalid',
    });
  });

  it('handles an empty entry', async () => {
    const out = await inflateRaw(deflateRawSync(new Uint8Array(0)), 0);
    expect(out.ok && out.bytes.length).toBe(0);
  });
});

describe('inflateEntry', () => {
  let xlsx: Uint8Array;
  beforeAll(async () => {
    xlsx = await workbookBytes();
  });
  const entryOf = (b: Uint8Array, name: string): ZipEntry => {
    const i = inspectFile(b, 'a.xlsx');
    const e = i.ok ? i.zip?.entries.find((x) => x.name === name) : undefined;
    if (!e) throw new Error(`no ${name}`);
    return e;
  };

  it('gives the entry at its declared size', async () => {
    const out = await inflateEntry(xlsx, entryOf(xlsx, 'xl/workbook.xml'), inflateRawNode, 'a.xlsx');
    expect(out.ok && new TextDecoder().decode(out.bytes)).toMatch(/<workbook/);
  });

  it.each([
    ['understates', -1],
    ['overstates', +1],
  ])('refuses an entry whose directory %s its size', async (_what, delta) => {
    const lying = patchCentral(xlsx, 'xl/workbook.xml', (v, at) =>
      v.setUint32(at + 24, v.getUint32(at + 24, true) + delta, true),
    );
    const out = await inflateEntry(lying, entryOf(lying, 'xl/workbook.xml'), inflateRawNode, 'a.xlsx');
    expect(out.ok || out.code).toBe('corrupt');
  });
});
