import fc from 'fast-check';
import { detectEncoding } from '../../../src/core/text-decode';
import { gridFromCsv } from '../../../src/io/csv/grid-from-csv';
import { detectDelimiter, parseCsv } from '../../../src/io/csv/parse-csv';

const utf8 = (s: string) => new TextEncoder().encode(s);
const rowsOf = (b: Uint8Array) => gridFromCsv(b, '台账').rows;

describe('gridFromCsv encodings', () => {
  it('reads UTF-8 without a BOM', () => {
    expect(rowsOf(utf8('序号,工作任务\n1,推进改造\n'))).toEqual([
      ['序号', '工作任务'],
      ['1', '推进改造'],
    ]);
  });

  it('reads UTF-8 with a BOM, dropping the BOM', () => {
    expect(rowsOf(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('任务,单位\n')]))).toEqual([['任务', '单位']]);
  });

  it('reads GBK, as Chinese Windows writes it', () => {
    // 任务,牵头 in GBK
    const gbk = Uint8Array.from([0xc8, 0xce, 0xce, 0xf1, 0x2c, 0xc7, 0xa3, 0xcd, 0xb7, 0x0d, 0x0a]);
    expect(detectEncoding(gbk)).toBe('gb18030');
    expect(rowsOf(gbk)).toEqual([['任务', '牵头']]);
  });

  it('reads UTF-16 with a BOM, both byte orders (Excel’s “Unicode text” is tab-separated UTF-16LE)', () => {
    const le = Uint8Array.from([0xff, 0xfe, ...Buffer.from('任务\t单位\r\n', 'utf16le')]);
    expect(rowsOf(le)).toEqual([['任务', '单位']]);
    const be = Uint8Array.from([0xfe, 0xff, ...Buffer.from('任务,单位', 'utf16le').swap16()]);
    expect(rowsOf(be)).toEqual([['任务', '单位']]);
  });
});

describe('gridFromCsv delimiters', () => {
  it.each([
    ['comma', '序号,任务,单位\n1,改造,住建局\n'],
    ['tab', '序号\t任务\t单位\n1\t改造\t住建局\n'],
    ['semicolon', '序号;任务;单位\n1;改造;住建局\n'],
  ])('detects %s', (_name, text) => {
    expect(rowsOf(utf8(text))).toEqual([
      ['序号', '任务', '单位'],
      ['1', '改造', '住建局'],
    ]);
  });

  it('is not swayed by a title line or commas inside tab-separated cells', () => {
    const text = '2024年任务分解表\n序号\t任务\t单位\n1\t改造, 提升\t住建局\n2\t分类\t城管局\n';
    expect(detectDelimiter(text)).toBe('\t');
    expect(rowsOf(utf8(text))[2]).toEqual(['1', '改造, 提升', '住建局']);
  });

  it('follows an Excel `sep=` line and drops it', () => {
    expect(rowsOf(utf8('sep=;\na;b,c\n'))).toEqual([['a', 'b,c']]);
  });
});

describe('gridFromCsv quoting', () => {
  it('reads quoted fields with delimiters, doubled quotes and line breaks', () => {
    const text = '任务,单位\r\n"改造,提升","区住建局\n区发改委"\r\n"他说""好""",x\r\n';
    expect(rowsOf(utf8(text))).toEqual([
      ['任务', '单位'],
      ['改造,提升', '区住建局\n区发改委'],
      ['他说"好"', 'x'],
    ]);
  });

  it('keeps every value as text: formulas, numbers, leading zeros', () => {
    expect(rowsOf(utf8("=1+1,=cmd|' /C calc'!A0,007,1e3,TRUE\n"))).toEqual([
      ['=1+1', "=cmd|' /C calc'!A0", '007', '1e3', 'TRUE'],
    ]);
  });

  it('reads empty fields as null and blank lines as empty rows', () => {
    expect(rowsOf(utf8('a,,c,\n\n"",b\n'))).toEqual([['a', null, 'c', null], [], [null, 'b']]);
  });

  it('survives an unterminated quote and text after a closing quote', () => {
    expect(parseCsv('"a"b,c\n"open,', ',')).toEqual([['ab', 'c'], ['open,']]);
  });

  it('has no merges and takes the sheet name given', () => {
    const grid = gridFromCsv(utf8('a\n'), '督办台账');
    expect(grid).toEqual({ sheetName: '督办台账', rows: [['a']], merges: [] });
  });
});

describe('gridFromCsv never throws', () => {
  it('on random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4096 }), (b) => {
        gridFromCsv(b, 's');
      }),
    );
  });

  it('on random text made of delimiters, quotes and line breaks', () => {
    const piece = fc.constantFrom(',', '\t', ';', '"', '\r', '\n', '任务', 'a', ' ');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 200 }), (parts) => {
        gridFromCsv(utf8(parts.join('')), 's');
      }),
    );
  });

  it('and reads back any table written with RFC 4180 quoting', () => {
    const field = fc.string({
      unit: fc.constantFrom('a', '任', ',', '"', '\n', '\r\n', ' ', '='),
      minLength: 1,
    });
    const table = fc
      .integer({ min: 1, max: 5 })
      .chain((width) =>
        fc.array(fc.array(field, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 8 }),
      );
    fc.assert(
      fc.property(table, (rows) => {
        const quote = (f: string) => `"${f.replace(/"/g, '""')}"`;
        const text = rows.map((r) => r.map(quote).join(',')).join('\r\n') + '\r\n';
        expect(parseCsv(text, ',')).toEqual(rows);
      }),
    );
  });
});
