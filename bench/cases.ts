/**
 * What is measured for each size: (a) the floor, exceljs reading the input and writing it back
 * unchanged; (a') the same through exceljs's streaming reader and writer; (b) `respmatrix track
 * in.xlsx -o out.xlsx` end to end, through the CLI command itself; (c) the core alone on the
 * in-memory Grid, no exceljs.
 */
import ExcelJS from 'exceljs';
import { promises as fs } from 'node:fs';
import { trackCommand } from '../src/cli/commands/track';
import type { CliIo } from '../src/cli/io';
import type { Grid } from '../src/core/grid';
import { planTrackedWorkbook, type TrackRequest } from '../src/core/track/plan-workbook';

/** The as-of date of ../shared/samples/deadlines.tsv, so every deadline form has a defined status. */
export const AS_OF = '2026-11-30';
const REQUEST: TrackRequest = { asOf: AS_OF, lang: 'zh-CN' };

export async function floor(input: string, output: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  // exceljs's typings ask for an ArrayBuffer; it takes the Buffer (JSZip reads any byte array).
  await workbook.xlsx.load((await fs.readFile(input)) as unknown as ArrayBuffer);
  await fs.writeFile(output, new Uint8Array(await workbook.xlsx.writeBuffer()));
}

/**
 * Every cell's value and style through exceljs's streaming reader into its streaming writer. The
 * streaming reader drops merges, widths and views, so this is the lower bound of a streaming copy.
 */
export async function streamFloor(input: string, output: string): Promise<void> {
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: output,
    useStyles: true,
    useSharedStrings: true,
  });
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    sharedStrings: 'cache',
    styles: 'cache',
    worksheets: 'emit',
  });
  let sheets = 0;
  for await (const sheet of reader) {
    const ws = writer.addWorksheet(`Sheet${++sheets}`);
    for await (const row of sheet) {
      const copy = ws.getRow(row.number);
      row.eachCell((cell, col) => {
        const target = copy.getCell(col);
        target.value = cell.value;
        target.style = cell.style;
      });
      copy.commit();
    }
    ws.commit();
  }
  await writer.commit();
}

export async function track(input: string, output: string): Promise<void> {
  let stderr = '';
  const io: CliIo = {
    stdout: () => undefined,
    stderr: (text) => {
      stderr += text;
    },
    readStdin: async () => new Uint8Array(),
    cwd: process.cwd(),
    env: {},
  };
  const code = await trackCommand({ args: [input, '-o', output, '--as-of', AS_OF], io, lang: 'zh-CN' });
  if (code !== 0) throw new Error(`track exited ${code}: ${stderr}`);
}

/** The operations a child process can measure alone. */
export const OPERATIONS = { floor, streamFloor, track } as const;
export type Operation = keyof typeof OPERATIONS;

/** readSheet + status + every generated sheet's spec, over an in-memory workbook of one sheet. */
export function core(grid: Grid): number {
  const plan = planTrackedWorkbook({ sheetNames: [grid.sheetName], grid: () => grid }, REQUEST);
  if (!plan.ok) throw new Error(`core: ${plan.reason}`);
  return plan.specs.length;
}
