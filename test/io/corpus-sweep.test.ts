/**
 * Every file of the shared robustness corpus (../shared/corpus from the repository root) must end in a
 * result or a FileError with a code — never another exception — within 10 s and under 1 GB RSS.
 *
 * The sweep runs in a child Node process with a capped heap, so a guard that regresses on the zip
 * bomb kills the child, not jest. This file is that child too: with RESPMATRIX_CORPUS_CHILD set it
 * sweeps and prints one JSON line per file instead of declaring tests.
 *
 * OUTCOMES pins each file's outcome, as Apache POI's TestAllFiles does: any change, better or worse,
 * fails here and must be looked at, then recorded.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { FileError } from '../../src/io/files/errors';
import { inflateRawNode } from '../../src/io/files/inflate-node';
import { inspectFile } from '../../src/io/files/inspect';
import { gridFromCsv } from '../../src/io/csv/grid-from-csv';
import { gridFromWorksheet } from '../../src/io/xlsx/grid-from-worksheet';
import { openWorkbook } from '../../src/io/xlsx/open-workbook';

const CORPUS = path.resolve(__dirname, '../../../shared/corpus');
const CHILD_FLAG = 'RESPMATRIX_CORPUS_CHILD';
const MAX_MS = 10_000;
const MAX_RSS = 1024 * 1024 * 1024;
const MAX_ROWS = 5000;

const OUTCOMES: Record<string, string> = {
  'real/poi__45540_form_Footer.xlsx': 'ok',
  'real/poi__45540_form_Header.xlsx': 'ok',
  'real/poi__45544.xlsx': 'ok',
  'real/poi__47668.xlsx': 'ok',
  'real/poi__47889.xlsx': 'ok',
  'real/poi__48923.xlsx': 'ok',
  'real/poi__48962.xlsx': 'ok',
  'real/poi__49156.xlsx': 'ok',
  'real/poi__49325.xlsx': 'ok',
  'real/poi__50755_workday_formula_example.xlsx': 'ok',
  'real/poi__51519.xlsx': 'ok',
  'real/poi__51710.xlsx': 'ok',
  'real/poi__51998.xlsx': 'ok',
  'real/poi__52348.xlsx': 'ok',
  'real/poi__52575_main.xlsx': 'ok',
  'real/poi__52716.xlsx': 'ok',
  'real/poi__53105.xlsx': 'ok',
  'real/poi__54436.xlsx': 'ok',
  'real/poi__55864.xlsx': 'ok',
  'real/poi__56017.xlsx': 'ok',
  'real/poi__56274.xlsx': 'ok',
  'real/poi__56295.xlsx': 'ok',
  'real/poi__56574.xlsx': 'ok',
  'real/poi__56644.xlsx': 'ok',
  'real/poi__56688_1.xlsx': 'ok',
  'real/poi__56688_4.xlsx': 'ok',
  'real/poi__56822-Countifs.xlsx': 'ok',
  'real/poi__57828.xlsx': 'ok',
  'real/poi__58106.xlsx': 'ok',
  'real/poi__58760.xlsx': 'ok', // prefixed XML (ns0:Relationships, s:workbook) read once unprefixed
  'real/poi__59021.xlsx': 'ok', // prefixed XML (x:workbook) and xl/worksheets/sheet.xml, renamed for exceljs
  'real/poi__59388.xlsx': 'ok',
  'real/poi__59746_NoRowNums.xlsx': 'ok', // prefixed XML, sheet.xml, rows and cells without references
  'real/poi__61063.xlsx': 'ok',
  'real/poi__64667.xlsx': 'ok',
  'real/poi__66365.xlsx': 'ok',
  'real/poi__AmpersandHeader.xlsx': 'ok',
  'real/poi__GeneralFormatTests.xlsx': 'ok',
  'real/poi__GroupTest.xlsx': 'ok',
  'real/poi__MalformedSSTCount.xlsx': 'ok',
  'real/poi__MatrixFormulaEvalTestData.xlsx': 'ok',
  'real/poi__RepeatingRowsCols.xlsx': 'ok',
  'real/poi__SimpleScatterChart.xlsx': 'ok',
  'real/poi__SingleCellTable.xlsx': 'ok',
  'real/poi__StructuredReferences.xlsx': 'ok',
  'real/poi__Tables.xlsx': 'ok',
  'real/poi__TestShiftRowSharedFormula.xlsx': 'ok',
  'real/poi__Themes2.xlsx': 'ok',
  'real/poi__TwoSheetsOneHidden.xlsx': 'ok',
  'real/poi__WidthsAndHeights.xlsx': 'ok',
  'real/poi__WithMoreVariousData.xlsx': 'ok',
  'real/poi__WithTwoCharts.xlsx': 'ok',
  'real/poi__bug66215.xlsx': 'ok',
  'real/poi__bug67784.xlsx': 'ok',
  'real/poi__chartTitle_noTitle.xlsx': 'ok',
  'real/poi__clusterfuzz-testcase-minimized-XLSX2CSVFuzzer-6504225896792064.xlsx': 'corrupt', // central directory truncated
  'real/poi__conditional_formatting_cell_is.xlsx': 'ok',
  'real/poi__craftonhills.edu_programreview_report.aspx_goalpriorityreport_0011d159-1eeb-4b63-8833-867b0926e5f3.xlsx':
    'ok', // prefixed XML, a table behind an absolute target (/xl/tables/…) written relative for exceljs
  'real/poi__github-321.xlsx': 'ok',
  'real/poi__link-external-workbook-a.xlsx': 'ok',
  'real/poi__link-external-workbook-b.xlsx': 'ok',
  'real/poi__noSharedStringTable.xlsx': 'ok',
  'real/poi__poc-shared-strings.xlsx': 'ok',
  'real/poi__simple-monthly-budget.xlsx': 'ok',
  'real/poi__simple-table-named-range.xlsx': 'ok',
  'real/poi__style-alternate-content.xlsx': 'ok', // prefixed XML (x:sst) read once unprefixed
  'real/poi__test_conditional_formatting.xlsx': 'ok',
  'real/poi__tile-range-test.xlsx': 'ok',
  'real/poi__workbookProtection-sheet_password-2013.xlsx': 'ok',
  'real/poi__workbookProtection_not_protected.xlsx': 'ok',
  'real/poi__xlsx-corrupted.xlsx': 'corrupt', // XML broken on purpose
  'real/sheetjs__1904__1900.xlsx': 'ok',
  'real/sheetjs__Attendance.xlsx': 'ok',
  'real/sheetjs__DataTypesFormats.xlsx': 'ok',
  'real/sheetjs__LONumbers-2010.xlsx': 'ok',
  'real/sheetjs__LONumbers.xlsx': 'ok',
  'real/sheetjs__cell_style_simple.xlsx': 'ok',
  'real/sheetjs__comments_stress_test.xlsx': 'ok',
  'real/sheetjs__custom_properties.xlsx': 'ok',
  'real/sheetjs__defined_names_unicode.xlsx': 'ok',
  'real/sheetjs__dpi__DPI120C12.xlsx': 'ok',
  'real/sheetjs__dpi__DPI144C11.xlsx': 'ok',
  'real/sheetjs__dpi__DPI144C48.xlsx': 'ok',
  'real/sheetjs__dpi__DPI72C11.xlsx': 'ok',
  'real/sheetjs__dpi__DPI72C48.xlsx': 'ok',
  'real/sheetjs__dpi__DPI96C12.xlsx': 'ok',
  'real/sheetjs__formula_stress_test.xlsx': 'ok',
  'real/sheetjs__freeze.xlsx': 'ok',
  'real/sheetjs__hyperlink_stress_test_2011.xlsx': 'ok',
  'real/sheetjs__interview.xlsx': 'ok',
  'real/sheetjs__issue2717__issue2717.xlsx': 'ok',
  'real/sheetjs__merge_cells.xlsx': 'ok',
  'real/sheetjs__minimal_112.xlsx': 'ok',
  'real/sheetjs__named_ranges_2011.xlsx': 'ok',
  'real/sheetjs__outline.xlsx': 'ok',
  'real/sheetjs__phonetic_text.xlsx': 'ok',
  'real/sheetjs__rich_text_stress.xlsx': 'ok',
  'real/sheetjs__sheet_visibility.xlsx': 'ok',
  'real/sheetjs__sized_boxen.xlsx': 'ok',
  'real/sheetjs__sushi.xlsx': 'ok',
  'real/sheetjs__threaded_comments_none.xlsx': 'ok',
  'real/sheetjs__wtf_path.xlsx': 'not_xlsx', // main part at wtf/workbook.xml; exceljs would load it as an empty workbook
  'hostile/zip-bomb-unreferenced-1GB.xlsx': 'ok', // the 1 GB entry is unreferenced, so never inflated
};

interface Swept {
  readonly file: string;
  readonly outcome: string;
  readonly ms: number;
  readonly rss: number;
}

function corpusFiles(): string[] {
  return ['real', 'hostile']
    .filter((dir) => existsSync(path.join(CORPUS, dir)))
    .flatMap((dir) =>
      readdirSync(path.join(CORPUS, dir))
        .sort()
        .map((name) => `${dir}/${name}`),
    );
}

/** 'ok', a FileError code, or 'exception: …' — the last is always a failure. */
async function outcomeOf(file: string): Promise<string> {
  const name = path.basename(file);
  try {
    const bytes = readFileSync(path.join(CORPUS, file));
    const inspection = inspectFile(bytes, name);
    if (!inspection.ok) return inspection.code;
    if (inspection.format === 'csv') {
      gridFromCsv(bytes, name);
      return 'ok';
    }
    const { workbook } = await openWorkbook(bytes, name, { purpose: 'read', inflateRaw: inflateRawNode });
    for (const sheet of workbook.worksheets) gridFromWorksheet(sheet, MAX_ROWS);
    return 'ok';
  } catch (err) {
    return err instanceof FileError
      ? err.code
      : `exception: ${err instanceof Error ? err.stack : String(err)}`;
  }
}

async function sweepInChild(): Promise<void> {
  for (const file of corpusFiles()) {
    process.stdout.write(JSON.stringify({ start: file }) + '\n');
    const started = performance.now();
    const outcome = await outcomeOf(file);
    const swept: Swept = { file, outcome, ms: performance.now() - started, rss: process.memoryUsage().rss };
    process.stdout.write(JSON.stringify(swept) + '\n');
  }
}

/** Loads .ts files in the child by transpiling them, as ts-jest does for jest. */
const TS_HOOK = `
const ts = require('typescript');
const fs = require('fs');
require.extensions['.ts'] = (module, filename) => {
  const source = fs.readFileSync(filename, 'utf8');
  const options = { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true };
  module._compile(ts.transpileModule(source, { compilerOptions: options, fileName: filename }).outputText, filename);
};
require(process.argv[1]);
`;

interface ChildRun {
  readonly swept: Swept[];
  /** The file being read when the child died or stalled, if it did. */
  readonly unfinished?: string;
  readonly stderr: string;
}

/** Runs the sweep in a child; kills it if one file takes more than MAX_MS plus start-up slack. */
function runChild(): Promise<ChildRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--max-old-space-size=1024', '-e', TS_HOOK, __filename], {
      cwd: path.resolve(__dirname, '../..'),
      env: { ...process.env, [CHILD_FLAG]: '1' },
    });
    const swept: Swept[] = [];
    let current: string | undefined;
    let stdout = '';
    let stderr = '';
    let watchdog: NodeJS.Timeout | undefined;
    const arm = (ms: number) => {
      clearTimeout(watchdog);
      watchdog = setTimeout(() => child.kill('SIGKILL'), ms);
    };
    arm(60_000); // transpiling and loading exceljs come first
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      let nl: number;
      while ((nl = stdout.indexOf('\n')) >= 0) {
        const text = stdout.slice(0, nl);
        stdout = stdout.slice(nl + 1);
        if (!text.startsWith('{')) continue; // not ours: a library writing to stdout
        const line = JSON.parse(text) as { start: string } | Swept;
        if ('start' in line) {
          current = line.start;
          arm(MAX_MS + 5_000);
        } else {
          swept.push(line);
          current = undefined;
        }
      }
    });
    child.on('close', () => {
      clearTimeout(watchdog);
      resolve({ swept, unfinished: current, stderr });
    });
  });
}

if (process.env[CHILD_FLAG]) {
  void sweepInChild();
} else {
  const run = existsSync(CORPUS) ? describe : describe.skip;
  run('corpus sweep', () => {
    let result: ChildRun;
    beforeAll(async () => {
      result = await runChild();
    }, 600_000);

    it('reads every file to the end', () => {
      const where = result.unfinished ?? 'before or after the files';
      if (result.unfinished || result.swept.length !== corpusFiles().length) {
        throw new Error(`the sweep died or stalled in ${where}\n${result.stderr}`);
      }
      expect(result.swept.map((s) => s.file)).toEqual(corpusFiles());
    });

    it('ends each file in a result or a FileError code, as recorded', () => {
      const actual = Object.fromEntries(result.swept.map((s) => [s.file, s.outcome]));
      expect(actual).toEqual(OUTCOMES);
    });

    it('spends under 10 s and 1 GB RSS on each file', () => {
      const slow = result.swept.filter((s) => s.ms > MAX_MS).map((s) => `${s.file}: ${Math.round(s.ms)} ms`);
      const heavy = result.swept.filter((s) => s.rss > MAX_RSS).map((s) => `${s.file}: ${s.rss >> 20} MB`);
      const slowest = Math.max(...result.swept.map((s) => s.ms));
      const peak = Math.max(...result.swept.map((s) => s.rss));
      console.log(
        `${result.swept.length} files: slowest ${Math.round(slowest)} ms, peak RSS ${peak >> 20} MB`,
      );
      expect({ slow, heavy }).toEqual({ slow: [], heavy: [] });
    });
  });
}
