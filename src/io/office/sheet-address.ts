/** Excel's `'My sheet'!B3:H40` or `Sheet1!B3` split into the sheet's name and the range. */
export function splitSheetAddress(address: string): { sheet: string; range: string } {
  const bang = address.lastIndexOf('!');
  if (bang < 0) return { sheet: '', range: address };
  const quoted = address.slice(0, bang);
  const sheet = /^'.*'$/.test(quoted) ? quoted.slice(1, -1).replace(/''/g, "'") : quoted;
  return { sheet, range: address.slice(bang + 1) };
}
