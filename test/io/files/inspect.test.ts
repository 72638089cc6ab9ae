import fc from 'fast-check';
import { fileErrorKey, type FileErrorCode } from '../../../src/io/files/errors';
import { inspectFile, type Inspection } from '../../../src/io/files/inspect';
import { DEFAULT_LIMITS } from '../../../src/io/files/limits';
import { t } from '../../../src/i18n';
import { cfbWith, patchCentral, toZip64, workbookBytes, zipOf } from './fixtures';

const codeOf = (i: Inspection) => (i.ok ? i.format : i.code);
const text = (s: string) => new TextEncoder().encode(s);

let xlsx: Uint8Array;
beforeAll(async () => {
  xlsx = await workbookBytes();
});

describe('inspectFile accepts', () => {
  it('an xlsx, listing its entries without inflating them', () => {
    const i = inspectFile(xlsx, '任务.xlsx');
    expect(i.ok && i.format).toBe('xlsx');
    const names = i.ok ? (i.zip?.entries.map((e) => e.name) ?? []) : [];
    expect(names).toEqual(expect.arrayContaining(['xl/workbook.xml', 'xl/worksheets/sheet1.xml']));
  });

  it('an xlsm, by its macros or its name', async () => {
    const withMacros = await zipOf({ 'xl/workbook.xml': '<workbook/>', 'xl/vbaProject.bin': 'VBA' });
    expect(codeOf(inspectFile(withMacros, 'a.xlsx'))).toBe('xlsm');
    expect(codeOf(inspectFile(xlsx, 'a.xlsm'))).toBe('xlsm');
  });

  it('a zip whose End Of Central Directory carries a comment, even one faking another EOCD', async () => {
    const comment = await zipOf({ 'xl/workbook.xml': '<workbook/>' }, { comment: '审阅：办公室' });
    expect(codeOf(inspectFile(comment, 'a.xlsx'))).toBe('xlsx');
    const fake = await zipOf({ 'xl/workbook.xml': '<workbook/>' }, { comment: 'PK\u0005\u0006 and more' });
    expect(codeOf(inspectFile(fake, 'a.xlsx'))).toBe('xlsx');
  });

  it('a ZIP64 archive, taking sizes and offsets from its extra fields', () => {
    const i = inspectFile(toZip64(xlsx), 'a.xlsx');
    const plain = inspectFile(xlsx, 'a.xlsx');
    expect(i.ok && plain.ok && i.zip?.entries).toEqual(plain.ok && plain.zip?.entries);
  });

  it('CSV text by content, under a text name or an export named .xls', () => {
    expect(codeOf(inspectFile(text('序号,工作任务\n1,改造\n'), '台账.csv'))).toBe('csv');
    expect(codeOf(inspectFile(text('序号\t工作任务\n'), '导出.xls'))).toBe('csv');
    expect(codeOf(inspectFile(Uint8Array.from([0xd0, 0xf2, 0xba, 0xc5, 0x2c, 0x31]), 'gbk.csv'))).toBe('csv');
    expect(codeOf(inspectFile(new Uint8Array(0), 'empty.csv'))).toBe('csv');
  });
});

describe('inspectFile refuses', () => {
  const cases: [string, () => Promise<Uint8Array> | Uint8Array, string, FileErrorCode][] = [
    ['a file over the size cap', () => xlsx, 'a.xlsx', 'too_large'],
    [
      'a password-protected xlsx (CFB with EncryptedPackage)',
      () => cfbWith('EncryptedPackage'),
      'a.xlsx',
      'encrypted',
    ],
    ['an Excel 97-2003 workbook', () => cfbWith('Workbook'), 'a.xlsx', 'legacy_xls'],
    [
      'an HTML table named .xls',
      () => text('<html><table><tr><td>1</td></tr></table></html>'),
      'a.xls',
      'legacy_xls',
    ],
    ['a WPS .et', () => cfbWith('Workbook'), '表格.et', 'et'],
    ['anything else', () => Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2, 3]), 'a.xlsx', 'not_zip'],
    ['an empty file named .xlsx', () => new Uint8Array(0), 'a.xlsx', 'not_zip'],
    ['a Word document', () => zipOf({ 'word/document.xml': '<w:document/>' }), 'a.docx', 'not_xlsx'],
    [
      'an OpenDocument spreadsheet',
      () =>
        zipOf(
          {
            mimetype: 'application/vnd.oasis.opendocument.spreadsheet',
            'content.xml': '<office:document-content/>',
          },
          { store: ['mimetype'] },
        ),
      'a.ods',
      'ods',
    ],
    [
      'a zip with zip-level encryption',
      () => patchCentral(xlsx, 'xl/workbook.xml', (v, at) => v.setUint16(at + 8, 1, true)),
      'a.xlsx',
      'encrypted',
    ],
    ['a truncated zip', () => xlsx.subarray(0, xlsx.length >> 1), 'a.xlsx', 'corrupt'],
    [
      'an entry whose data runs past the central directory',
      () => patchCentral(xlsx, 'xl/workbook.xml', (v, at) => v.setUint32(at + 20, 1 << 30, true)),
      'a.xlsx',
      'corrupt',
    ],
    [
      'an entry whose local header is elsewhere',
      () => patchCentral(xlsx, 'xl/workbook.xml', (v, at) => v.setUint32(at + 42, 3, true)),
      'a.xlsx',
      'corrupt',
    ],
  ];
  it.each(cases)('%s', async (_what, make, name, code) => {
    const limits = code === 'too_large' ? { maxFileBytes: 1000 } : {};
    expect(codeOf(inspectFile(await make(), name, limits))).toBe(code);
  });

  it('too many entries, before reading them', async () => {
    const files = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`f${i}.xml`, '<x/>']));
    const many = await zipOf({ ...files, 'xl/workbook.xml': '<workbook/>' });
    const i = inspectFile(many, 'a.xlsx', { maxEntries: 10 });
    expect(i).toEqual({
      ok: false,
      code: 'too_many_entries',
      params: { file: 'a.xlsx', count: 13, limit: 10 },
    }); // jszip adds the folder xl/
  });

  it('two entries naming the same part', async () => {
    const twice = await zipOf({ 'xl/workbook.xml': '<workbook/>', 'xl/workbooK.xml': '<workbook/>' });
    expect(codeOf(inspectFile(twice, 'a.xlsx'))).toBe('corrupt');
  });
});

describe('inspectFile messages', () => {
  it('has a Chinese and an English sentence for each code it returns', () => {
    const failure = inspectFile(cfbWith('EncryptedPackage'), '预算.xlsx');
    if (failure.ok) throw new Error('expected a refusal');
    expect(t('zh-CN', fileErrorKey(failure.code), failure.params)).toBe(
      '“预算.xlsx”是加密（受密码保护）的工作簿，请在 Excel 中取消密码后另存为 .xlsx 再试',
    );
    expect(t('en-US', fileErrorKey(failure.code), failure.params)).toMatch(/^“预算\.xlsx” is encrypted/);
  });
});

describe('inspectFile never throws', () => {
  const FORMATS = ['xlsx', 'xlsm', 'csv'];
  const CODES = new Set([
    ...FORMATS,
    'encrypted',
    'legacy_xls',
    'ods',
    'et',
    'not_zip',
    'not_xlsx',
    'too_many_entries',
    'corrupt',
  ]);

  it('on random bytes', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 2048 }),
        fc.constantFrom('a.xlsx', 'a.csv', 'a.et', 'a'),
        (b, name) => {
          expect(CODES.has(codeOf(inspectFile(b, name)))).toBe(true);
        },
      ),
    );
  });

  it('on random mutations and truncations of a valid xlsx', () => {
    const mutation = fc.record({
      edits: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }),
      cut: fc.option(fc.nat()),
    });
    fc.assert(
      fc.property(mutation, ({ edits, cut }) => {
        const b = xlsx.slice(0, cut === null ? undefined : cut % (xlsx.length + 1));
        for (const [at, value] of edits) if (b.length > 0) b[at % b.length] = value;
        expect(CODES.has(codeOf(inspectFile(b, 'a.xlsx')))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('on mutations aimed at the central directory and its end record', () => {
    const tail = Math.min(xlsx.length, 1500);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(tail - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1 }),
        (edits) => {
          const b = xlsx.slice();
          for (const [back, value] of edits) b[b.length - 1 - back] = value;
          expect(CODES.has(codeOf(inspectFile(b, 'a.xlsx')))).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });
});

it('DEFAULT_LIMITS are the documented caps', () => {
  expect(DEFAULT_LIMITS).toMatchObject({ maxFileBytes: 50 * 2 ** 20, maxEntries: 10_000, maxRatio: 200 });
});
