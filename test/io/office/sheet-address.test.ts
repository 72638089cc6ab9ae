import { splitSheetAddress } from '../../../src/io/office/sheet-address';

describe('splitSheetAddress', () => {
  it('splits Excel’s address into the sheet name and the range, unquoting the name', () => {
    expect(splitSheetAddress('Sheet1!B3:H40')).toEqual({ sheet: 'Sheet1', range: 'B3:H40' });
    expect(splitSheetAddress("'任务 分解'!C3")).toEqual({ sheet: '任务 分解', range: 'C3' });
    expect(splitSheetAddress("'Bob''s plan!'!A1:B2")).toEqual({ sheet: "Bob's plan!", range: 'A1:B2' });
    expect(splitSheetAddress('B3:H40')).toEqual({ sheet: '', range: 'B3:H40' });
  });
});
