/** Every sheet of a workbook as LibreOffice recalculates and exports it, one CSV each. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseCsv } from '../../src/io/csv/parse-csv';
import { tempDir } from './workbooks';

/** Comma-separated, UTF-8 (76), all sheets (-1, LibreOffice ≥ 7.2), values not as shown. */
const CSV_ALL_SHEETS = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';

/**
 * LibreOffice keeps the cached results of an .xlsx on load unless told otherwise; only volatile
 * chains (TODAY()) are recalculated. Always recalculating makes every formula prove its result.
 */
const ALWAYS_RECALCULATE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** Sheet name → rows of cell texts, every formula recalculated by LibreOffice (fresh profile each time). */
export function sheetsAsCsv(file: string): Map<string, string[][]> {
  const dir = tempDir('respmatrix-lo-');
  const profile = path.join(dir, 'profile');
  mkdirSync(path.join(profile, 'user'), { recursive: true });
  writeFileSync(path.join(profile, 'user', 'registrymodifications.xcu'), ALWAYS_RECALCULATE);
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${profile}`,
      '--headless',
      '--convert-to',
      CSV_ALL_SHEETS,
      '--outdir',
      dir,
      file,
    ],
    { stdio: 'ignore', timeout: 120_000 },
  );
  const base = path.basename(file, path.extname(file));
  const sheets = new Map<string, string[][]>();
  for (const name of readdirSync(dir)) {
    if (!name.startsWith(`${base}-`) || !name.endsWith('.csv')) continue;
    const text = readFileSync(path.join(dir, name), 'utf8');
    sheets.set(name.slice(base.length + 1, -'.csv'.length), parseCsv(text, ','));
  }
  return sheets;
}
