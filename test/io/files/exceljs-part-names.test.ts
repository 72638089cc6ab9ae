import { exceljsRenames } from '../../../src/io/files/exceljs-part-names';

const TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';
const rels = (...targets: [string, string][]) =>
  `<Relationships>${targets
    .map(([type, target], i) => `<Relationship Id="rId${i + 1}" Type="${TYPE}${type}" Target="${target}"/>`)
    .join('')}</Relationships>`;

describe('exceljsRenames', () => {
  it('gives a sheet not named sheetN.xml a free sheetN.xml, its .rels part following', () => {
    const names = [
      'xl/workbook.xml',
      'xl/worksheets/sheet.xml',
      'xl/worksheets/_rels/sheet.xml.rels',
      'xl/worksheets/sheet1.xml',
      'xl/worksheets/Data.xml',
    ];
    const renames = exceljsRenames(
      rels(
        ['worksheet', '/xl/worksheets/sheet.xml'],
        ['worksheet', 'worksheets/sheet1.xml'],
        ['worksheet', 'worksheets/Data.xml'],
      ),
      names,
    );
    expect(renames).toEqual(
      new Map([
        ['xl/worksheets/sheet.xml', 'xl/worksheets/sheet2.xml'],
        ['xl/worksheets/_rels/sheet.xml.rels', 'xl/worksheets/_rels/sheet2.xml.rels'],
        ['xl/worksheets/Data.xml', 'xl/worksheets/sheet3.xml'],
      ]),
    );
  });

  it('moves shared strings and styles to their fixed names unless a part already has them', () => {
    expect(
      exceljsRenames(rels(['sharedStrings', 'strings.xml'], ['styles', '/xl/s.xml']), [
        'xl/strings.xml',
        'xl/s.xml',
      ]),
    ).toEqual(
      new Map([
        ['xl/strings.xml', 'xl/sharedStrings.xml'],
        ['xl/s.xml', 'xl/styles.xml'],
      ]),
    );
    expect(exceljsRenames(rels(['styles', 'other.xml']), ['xl/other.xml', 'xl/styles.xml']).size).toBe(0);
  });

  it('renames nothing in a workbook exceljs wrote, nor for targets that are not there', () => {
    expect(
      exceljsRenames(
        rels(['worksheet', 'worksheets/sheet1.xml'], ['styles', 'styles.xml'], ['worksheet', 'gone.xml']),
        ['xl/worksheets/sheet1.xml', 'xl/styles.xml'],
      ).size,
    ).toBe(0);
  });
});
