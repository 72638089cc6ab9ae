import { unprefixedXml } from '../../../src/io/files/unprefix-xml';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const utf8 = (s: string) => new TextEncoder().encode(s);
const text = (b: Uint8Array | null) => (b === null ? null : new TextDecoder().decode(b));

describe('unprefixedXml', () => {
  it('turns the root namespace’s prefix into the default namespace, keeping it declared for attributes', () => {
    const xml = `<?xml version="1.0"?>\n<x:sst xmlns:x="${MAIN}" count="1"><x:si><x:t>任务</x:t></x:si></x:sst>`;
    expect(text(unprefixedXml(utf8(xml)))).toBe(
      `<?xml version="1.0"?>\n<sst xmlns="${MAIN}" xmlns:x="${MAIN}" count="1"><si><t>任务</t></si></sst>`,
    );
  });

  it('rewrites package relationships and leaves other prefixes inside alone', () => {
    const rels =
      '<ns0:Relationships xmlns:ns0="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<ns0:Relationship Id="rId1" Target="worksheets/sheet1.xml"/></ns0:Relationships>';
    expect(text(unprefixedXml(utf8(rels)))).toContain(
      '<Relationship Id="rId1" Target="worksheets/sheet1.xml"/>',
    );
    const sheet = `<x:worksheet xmlns:x="${MAIN}" xmlns:mc="urn:mc"><mc:AlternateContent/></x:worksheet>`;
    expect(text(unprefixedXml(utf8(sheet)))).toContain('<mc:AlternateContent/></worksheet>');
  });

  it('leaves alone parts without a prefix, parts prefixed by convention, and a default namespace already there', () => {
    expect(unprefixedXml(utf8(`<worksheet xmlns="${MAIN}"><sheetData/></worksheet>`))).toBeNull();
    expect(
      unprefixedXml(utf8('<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"/>')),
    ).toBeNull();
    expect(
      unprefixedXml(utf8(`<x:worksheet xmlns:x="${MAIN}"><v xmlns="urn:other"/></x:worksheet>`)),
    ).toBeNull();
    expect(unprefixedXml(utf8('not xml at all'))).toBeNull();
  });

  it('reads UTF-16 and writes UTF-8, saying so in the declaration', () => {
    const xml = `\uFEFF<?xml version="1.0" encoding="utf-16"?><x:sst xmlns:x="${MAIN}"/>`;
    const utf16 = new Uint8Array(Buffer.from(xml, 'utf16le'));
    expect(text(unprefixedXml(utf16))).toBe(
      `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${MAIN}" xmlns:x="${MAIN}"/>`,
    );
  });
});
