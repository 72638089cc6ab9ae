import {
  internalTargets,
  relsPartOf,
  resolveTarget,
  withTargetsMoved,
} from '../../../src/io/files/relationships';

describe('relsPartOf', () => {
  it.each([
    ['', '_rels/.rels'],
    ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels'],
    ['xl/worksheets/sheet1.xml', 'xl/worksheets/_rels/sheet1.xml.rels'],
  ])('%s → %s', (part, rels) => expect(relsPartOf(part)).toBe(rels));
});

describe('resolveTarget', () => {
  it.each([
    ['xl/workbook.xml', 'worksheets/sheet1.xml', 'xl/worksheets/sheet1.xml'],
    ['xl/worksheets/sheet1.xml', '../drawings/drawing1.xml', 'xl/drawings/drawing1.xml'],
    ['xl/workbook.xml', '/xl/styles.xml', 'xl/styles.xml'],
    ['', 'xl/workbook.xml', 'xl/workbook.xml'],
    ['xl/workbook.xml', './sharedStrings.xml', 'xl/sharedStrings.xml'],
    ['xl/workbook.xml', 'worksheets\\sheet2.xml', 'xl/worksheets/sheet2.xml'],
    ['xl/workbook.xml', 'media/a%20b.png', 'xl/media/a b.png'],
    ['xl/workbook.xml', '../../../etc/passwd', null],
  ])('from %s, %s → %s', (source, target, part) => expect(resolveTarget(source, target)).toBe(part));
});

describe('internalTargets', () => {
  it('lists internal targets, prefixed or not, with entities decoded, and skips external ones', () => {
    const xml = `<?xml version="1.0"?>
      <ns0:Relationships xmlns:ns0="http://schemas.openxmlformats.org/package/2006/relationships">
        <ns0:Relationship Id="rId1" Type="t" Target="worksheets/sheet1.xml"/>
        <Relationship Target='a&amp;b.xml' Id="rId2" Type="t"/>
        <Relationship Id="rId3" Type="t" Target="https://example.com/x" TargetMode="External"/>
        <Relationship Id="rId4" Type="t" Target="file:///C:/台账.xlsx" TargetMode="External" />
      </ns0:Relationships>`;
    expect(internalTargets(xml, 'xl/workbook.xml')).toEqual(['xl/worksheets/sheet1.xml', 'xl/a&b.xml']);
  });
});

describe('withTargetsMoved', () => {
  it('points the relationships to moved parts at their new names, leaving the rest as written', () => {
    const rels =
      '<Relationships><Relationship Id="rId1" Target="/xl/worksheets/sheet.xml" Type="t"/>' +
      '<Relationship Id=\'rId2\' Target=\'styles.xml\'/><Relationship Id="rId3" Target="http://x" TargetMode="External"/></Relationships>';
    expect(
      withTargetsMoved(
        rels,
        'xl/workbook.xml',
        new Map([['xl/worksheets/sheet.xml', 'xl/worksheets/sheet1.xml']]),
      ),
    ).toBe(rels.replace('Target="/xl/worksheets/sheet.xml"', 'Target="/xl/worksheets/sheet1.xml"'));
  });
});
