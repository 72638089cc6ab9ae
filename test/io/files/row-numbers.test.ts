import { withRowNumbers } from '../../../src/io/files/row-numbers';

const utf8 = (s: string) => new TextEncoder().encode(s);
const text = (b: Uint8Array | null) => (b === null ? null : new TextDecoder().decode(b));

describe('withRowNumbers', () => {
  it('writes in the references a sheet leaves out, following those it gives', () => {
    const sheet =
      '<worksheet><cols><col min="1"/></cols><sheetData>' +
      '<row hidden="0"><c t="inlineStr"><is><t>a</t></is></c><c/><c><v>1</v></c></row>' +
      '<row r="5"><c r="C5"><v>2</v></c><c><v>3</v></c></row>' +
      '<row/></sheetData></worksheet>';
    expect(text(withRowNumbers(utf8(sheet)))).toBe(
      '<worksheet><cols><col min="1"/></cols><sheetData>' +
        '<row r="1" hidden="0"><c r="A1" t="inlineStr"><is><t>a</t></is></c><c r="B1"/><c r="C1"><v>1</v></c></row>' +
        '<row r="5"><c r="C5"><v>2</v></c><c r="D5"><v>3</v></c></row>' +
        '<row r="6"/></sheetData></worksheet>',
    );
  });

  it('leaves alone a sheet whose first row has its reference, and one without rows', () => {
    expect(
      withRowNumbers(utf8('<worksheet><sheetData><row r="1"><c><v>1</v></c></row></sheetData></worksheet>')),
    ).toBeNull();
    expect(withRowNumbers(utf8('<worksheet><sheetData/></worksheet>'))).toBeNull();
  });
});
