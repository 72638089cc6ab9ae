import ExcelJS from 'exceljs';
import fc from 'fast-check';
import JSZip from 'jszip';
import { FileError } from '../../../src/io/files/errors';
import type { InflateRaw } from '../../../src/io/files/inflate';
import { inflateRawNode } from '../../../src/io/files/inflate-node';
import { inflateRawWeb } from '../../../src/io/files/inflate-web';
import { gridFromWorksheet } from '../../../src/io/xlsx/grid-from-worksheet';
import { openWorkbook, type OpenedWorkbook } from '../../../src/io/xlsx/open-workbook';
import {
  addRelationships,
  patchCentral,
  PNG_BASE64,
  REL,
  rezip,
  toZip64,
  workbookBytes,
  zipOf,
} from '../files/fixtures';

const MB = 1024 * 1024;
const read = { purpose: 'read', inflateRaw: inflateRawNode } as const;

/** The error code a promise rejects with; anything but a FileError fails the test. */
async function refusal(p: Promise<OpenedWorkbook>): Promise<string> {
  try {
    await p;
    return 'ok';
  } catch (err) {
    if (err instanceof FileError) return err.code;
    throw err;
  }
}

const values = (o: OpenedWorkbook) => gridFromWorksheet(o.workbook.worksheets[0]).rows;

/** 20 MB of zeros deflates to ~20 KB: a 1000:1 entry, stored raw in the zip. */
async function withZeros(bytes: Uint8Array, name: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  zip.file(name, new Uint8Array(20 * MB), { compression: 'DEFLATE' });
  return zip.generateAsync({ type: 'uint8array' });
}

let xlsx: Uint8Array;
beforeAll(async () => {
  xlsx = await workbookBytes();
});

describe.each<[string, InflateRaw]>([
  ['node zlib', inflateRawNode],
  ['DecompressionStream', inflateRawWeb],
])('openWorkbook with %s', (_name, inflateRaw) => {
  it('reads values and merges', async () => {
    const opened = await openWorkbook(xlsx, '任务.xlsx', { purpose: 'read', inflateRaw });
    expect(values(opened)[2]).toEqual([1, '推进老旧小区改造', '区住建局']);
    expect(gridFromWorksheet(opened.workbook.worksheets[0]).merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 2 },
    ]);
    expect(opened.dropped).toEqual([]);
  });

  it('refuses an entry whose central directory understates its size', async () => {
    const lying = patchCentral(xlsx, 'xl/worksheets/sheet1.xml', (v, at) =>
      v.setUint32(at + 24, v.getUint32(at + 24, true) - 10, true),
    );
    expect(await refusal(openWorkbook(lying, 'a.xlsx', { purpose: 'read', inflateRaw }))).toBe('corrupt');
  });
});

describe('openWorkbook and bombs', () => {
  it('reads a workbook holding a huge unreferenced entry without inflating it', async () => {
    const bomb = await withZeros(xlsx, 'customXml/item1.xml');
    let inflated = 0;
    const counting: InflateRaw = (data, max) => {
      inflated += max;
      return inflateRawNode(data, max);
    };
    const opened = await openWorkbook(bomb, 'a.xlsx', { purpose: 'read', inflateRaw: counting });
    expect(values(opened)[3]).toEqual([2, '完善垃圾分类', '区城管局（区综合执法局）']);
    expect(opened.dropped).toEqual(['unreferenced']);
    expect(inflated).toBeLessThan(MB);
  });

  it('refuses the same entry once a relationship makes it a part to read', async () => {
    const bomb = await withZeros(xlsx, 'xl/worksheets/sheet9.xml');
    const referenced = await addRelationships(
      bomb,
      'xl/_rels/workbook.xml.rels',
      `<Relationship Id="rId99" Type="${REL}/worksheet" Target="worksheets/sheet9.xml"/>`,
    );
    expect(await refusal(openWorkbook(referenced, 'a.xlsx', read))).toBe('compression_ratio');
  });

  it('refuses more data than the cap among the parts it keeps', async () => {
    expect(
      await refusal(openWorkbook(xlsx, 'a.xlsx', { ...read, limits: { maxTotalUncompressed: 2000 } })),
    ).toBe('too_much_data');
  });

  it('refuses a relationship part over its own cap before inflating it', async () => {
    expect(await refusal(openWorkbook(xlsx, 'a.xlsx', { ...read, limits: { maxPartBytes: 100 } }))).toBe(
      'too_much_data',
    );
  });
});

describe('openWorkbook and zip layouts', () => {
  it('reads a ZIP64 archive', async () => {
    expect(values(await openWorkbook(toZip64(xlsx), 'a.xlsx', read))[1]).toEqual([
      '序号',
      '工作任务',
      '牵头单位',
    ]);
  });

  it('reads a zip with an archive comment', async () => {
    const commented = await rezip(xlsx, {}, '由办公室汇总');
    expect(values(await openWorkbook(commented, 'a.xlsx', read))[1]).toEqual([
      '序号',
      '工作任务',
      '牵头单位',
    ]);
  });

  it('follows absolute relationship targets', async () => {
    const zip = await JSZip.loadAsync(xlsx);
    const rels = await zip.file('xl/_rels/workbook.xml.rels')?.async('string');
    zip.file(
      'xl/_rels/workbook.xml.rels',
      rels?.replace('Target="worksheets/', 'Target="/xl/worksheets/') ?? '',
    );
    const absolute = await zip.generateAsync({ type: 'uint8array' });
    expect(values(await openWorkbook(absolute, 'a.xlsx', read))[1]).toEqual(['序号', '工作任务', '牵头单位']);
  });
});

/**
 * The example written as the .NET OpenXML SDK and some reporting tools write workbooks: every element
 * prefixed (x:, ns0:), the sheet named xl/worksheets/sheet.xml behind an absolute target, the
 * workbook's relationships in UTF-16.
 */
async function asOpenXmlSdkWrites(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const prefixed = (xml: string, prefix: string) =>
    xml
      .replace(/<(\/?)(?![?!])([A-Za-z][\w.-]*)(?=[\s>/])/g, `<$1${prefix}:$2`)
      .replace(/\sxmlns="/, ` xmlns:${prefix}="`);
  for (const name of [
    'xl/workbook.xml',
    'xl/worksheets/sheet1.xml',
    'xl/sharedStrings.xml',
    'xl/styles.xml',
  ]) {
    const xml = await zip.file(name)?.async('string');
    if (xml) zip.file(name, prefixed(xml, 'x'));
  }
  const sheet = await zip.file('xl/worksheets/sheet1.xml')?.async('uint8array');
  zip.remove('xl/worksheets/sheet1.xml');
  zip.file('xl/worksheets/sheet.xml', sheet ?? '');
  const rels = (await zip.file('xl/_rels/workbook.xml.rels')?.async('string')) ?? '';
  const moved = prefixed(rels, 'ns0')
    .replace('Target="worksheets/sheet1.xml"', 'Target="/xl/worksheets/sheet.xml"')
    .replace(/encoding="UTF-8"/i, 'encoding="utf-16"');
  zip.file(
    'xl/_rels/workbook.xml.rels',
    Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(moved, 'utf16le')]),
  );
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

describe('openWorkbook reads valid files exceljs alone would not', () => {
  it('reads prefixed XML and a sheet not named sheetN.xml, as written by the .NET OpenXML SDK', async () => {
    const sdk = await asOpenXmlSdkWrites(xlsx);
    // The fixture is what it says: exceljs alone reads no sheet from it.
    const plain = new ExcelJS.Workbook();
    await plain.xlsx.load(sdk as unknown as ArrayBuffer).catch(() => undefined);
    expect(plain.worksheets.flatMap((ws) => ws.getSheetValues().filter(Boolean))).toEqual([]);

    const opened = await openWorkbook(sdk, 'sdk.xlsx', read);
    expect(opened.workbook.worksheets.map((ws) => ws.name)).toEqual(['任务']);
    expect(values(opened)[2]).toEqual([1, '推进老旧小区改造', '区住建局']);
    expect(gridFromWorksheet(opened.workbook.worksheets[0]).merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 2 },
    ]);
  });
});

describe('openWorkbook refuses what exceljs cannot read', () => {
  it('turns an exceljs failure into corrupt, keeping the cause', async () => {
    const broken = await rezip(xlsx, { 'xl/workbook.xml': '<workbook><sheets><sheet' });
    const err = await openWorkbook(broken, 'a.xlsx', read).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FileError);
    expect((err as FileError).code).toBe('corrupt');
    expect((err as FileError).cause).toBeDefined();
  });

  it('passes on the refusals of inspectFile', async () => {
    expect(await refusal(openWorkbook(await zipOf({ 'word/document.xml': '<w/>' }), 'a.docx', read))).toBe(
      'not_xlsx',
    );
    expect(await refusal(openWorkbook(xlsx, 'a.xlsx', { ...read, limits: { maxFileBytes: 100 } }))).toBe(
      'too_large',
    );
  });

  it('leaves CSV to gridFromCsv', async () => {
    expect(await refusal(openWorkbook(new TextEncoder().encode('a,b\n'), 'a.csv', read))).toBe('not_zip');
  });

  it('never throws anything but a FileError on a damaged workbook', async () => {
    const edit = fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), {
      minLength: 1,
      maxLength: 6,
    });
    await fc.assert(
      fc.asyncProperty(edit, async (edits) => {
        const b = xlsx.slice();
        for (const [at, value] of edits) b[at % b.length] = value;
        await refusal(openWorkbook(b, 'a.xlsx', read));
      }),
      { numRuns: 150 },
    );
  });
});

describe('openWorkbook for a rewrite', () => {
  let withImage: Uint8Array;
  beforeAll(async () => {
    withImage = await workbookBytes((wb, ws) => {
      const imageId = wb.addImage({ base64: PNG_BASE64, extension: 'png' });
      ws.addImage(imageId, 'E2:F4');
    });
  });

  it('keeps images, which exceljs writes back', async () => {
    const opened = await openWorkbook(withImage, 'a.xlsx', { ...read, purpose: 'rewrite' });
    expect(opened.workbook.worksheets[0].getImages()).toHaveLength(1);
    const written = await JSZip.loadAsync(await opened.workbook.xlsx.writeBuffer());
    expect(Object.keys(written.files)).toContain('xl/media/image1.png');
  });

  it('leaves images out when only reading values', async () => {
    const opened = await openWorkbook(withImage, 'a.xlsx', read);
    expect(opened.workbook.worksheets[0].getImages()).toHaveLength(0);
    expect(values(opened)[2]).toEqual([1, '推进老旧小区改造', '区住建局']);
  });

  it('names the parts exceljs will drop: charts, macros, unreferenced leftovers', async () => {
    let b = await rezip(withImage, {
      'xl/charts/chart1.xml':
        '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>',
      'xl/vbaProject.bin': new Uint8Array([1, 2, 3]),
      'xl/printerSettings/old.bin': new Uint8Array([4]),
    });
    b = await addRelationships(
      b,
      'xl/drawings/_rels/drawing1.xml.rels',
      `<Relationship Id="rId9" Type="${REL}/chart" Target="../charts/chart1.xml"/>`,
    );
    b = await addRelationships(
      b,
      'xl/_rels/workbook.xml.rels',
      `<Relationship Id="rId9" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>`,
    );
    const opened = await openWorkbook(b, 'a.xlsm', { ...read, purpose: 'rewrite' });
    expect(opened.dropped).toEqual(['charts', 'macros', 'unreferenced']);
    expect(opened.workbook.worksheets[0].getImages()).toHaveLength(1);
  });
});
