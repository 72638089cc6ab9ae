import {
  internalTargets,
  relsPartOf,
  resolveTarget,
  relativeTarget,
  sourceOfRels,
  withTargetsMended,
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

describe('withTargetsMended', () => {
  const rels =
    '<Relationships><Relationship Id="rId1" Target="/xl/worksheets/sheet.xml" Type="t"/>' +
    "<Relationship Id='rId2' Target='styles.xml'/>" +
    '<Relationship Id="rId3" Target="http://x/a.xml" TargetMode="External"/></Relationships>';

  it('points relationships to moved parts at their new names, relative to the source', () => {
    const moved = new Map([['xl/worksheets/sheet.xml', 'xl/worksheets/sheet1.xml']]);
    expect(withTargetsMended(rels, 'xl/workbook.xml', moved)).toBe(
      rels.replace('Target="/xl/worksheets/sheet.xml"', 'Target="worksheets/sheet1.xml"'),
    );
  });

  it('writes absolute targets relative to the source part, and says when nothing changes', () => {
    const sheetRels =
      '<Relationships><Relationship Id="rId6" Target="/xl/tables/table2.xml"/></Relationships>';
    expect(withTargetsMended(sheetRels, 'xl/worksheets/sheet1.xml')).toBe(
      sheetRels.replace('/xl/tables/table2.xml', '../tables/table2.xml'),
    );
    expect(withTargetsMended(rels.replace('/xl/', ''), 'xl/workbook.xml')).toBeNull();
  });
});

describe('relativeTarget and sourceOfRels', () => {
  it('finds the path between parts and the part a .rels part belongs to', () => {
    expect(relativeTarget('xl/workbook.xml', 'xl/worksheets/sheet1.xml')).toBe('worksheets/sheet1.xml');
    expect(relativeTarget('xl/worksheets/sheet1.xml', 'xl/tables/t.xml')).toBe('../tables/t.xml');
    expect(relativeTarget('', 'xl/workbook.xml')).toBe('xl/workbook.xml');
    expect(relativeTarget('xl/worksheets/sheet1.xml', 'docProps/app.xml')).toBe('../../docProps/app.xml');
    expect(sourceOfRels('xl/worksheets/_rels/sheet1.xml.rels')).toBe('xl/worksheets/sheet1.xml');
    expect(sourceOfRels('_rels/.rels')).toBe('');
  });
});
