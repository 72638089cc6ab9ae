/**
 * exceljs finds a workbook's parts by name, not through the relationships: worksheets only as
 * xl/worksheets/sheetN.xml, the shared strings and styles only as xl/sharedStrings.xml and
 * xl/styles.xml. Valid files name them otherwise (the .NET OpenXML SDK writes xl/worksheets/sheet.xml),
 * and exceljs then reads a workbook without sheets. Such parts get the names exceljs looks for, and
 * the workbook's relationships point to them there.
 */
import { relationships, relsPartOf } from './relationships';

export const WORKBOOK = 'xl/workbook.xml';
const OFFICE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';
const CANONICAL_SHEET = /^xl\/worksheets\/sheet(\d+)\.xml$/;
const FIXED: Readonly<Record<string, string>> = {
  [`${OFFICE}sharedStrings`]: 'xl/sharedStrings.xml',
  [`${OFFICE}styles`]: 'xl/styles.xml',
};

/**
 * Part name → the name exceljs reads it under, for the parts the workbook's relationships point to
 * under other names (and their own .rels parts); `names` are the package's part names.
 */
export function exceljsRenames(workbookRels: string, names: readonly string[]): Map<string, string> {
  const byLower = new Map(names.map((n) => [n.toLowerCase(), n]));
  const taken = new Set(names.map((n) => n.toLowerCase()));
  const numbers = new Set(names.flatMap((n) => CANONICAL_SHEET.exec(n)?.[1] ?? []).map(Number));
  const renames = new Map<string, string>();
  const move = (from: string, to: string) => {
    renames.set(from, to);
    taken.add(to.toLowerCase());
    const rels = byLower.get(relsPartOf(from).toLowerCase());
    if (rels) renames.set(rels, relsPartOf(to));
  };
  let next = 1;
  for (const { type, target } of relationships(workbookRels, WORKBOOK)) {
    const part = target === null ? undefined : byLower.get(target.toLowerCase());
    if (!part || renames.has(part)) continue;
    if (type === `${OFFICE}worksheet`) {
      if (CANONICAL_SHEET.test(part)) continue;
      while (numbers.has(next) || taken.has(`xl/worksheets/sheet${next}.xml`)) next++;
      numbers.add(next);
      move(part, `xl/worksheets/sheet${next}.xml`);
    } else if (FIXED[type] && part !== FIXED[type] && !taken.has(FIXED[type].toLowerCase())) {
      move(part, FIXED[type]);
    }
  }
  return renames;
}
