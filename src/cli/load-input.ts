/** Opening the file a command was given, behind the input guards: the only place the CLI reads an input file. */
import type ExcelJS from 'exceljs';
import path from 'node:path';
import type { LazySheet } from '../core/read/read-workbook';
import { inspectFile } from '../io/files';
import type { DroppedPart, Purpose } from '../io/files/part-kinds';
import { inflateRawNode } from '../io/files/inflate-node';
import { readFileGuarded } from '../io/files/node-read';
import { gridFromCsv } from '../io/csv/grid-from-csv';
import { openWorkbook } from '../io/xlsx/open-workbook';
import { workbookFromGrid } from '../io/xlsx/workbook-from-grid';
import { lazySheets } from '../io/xlsx/workbook-sheets';
import { CliError, EXIT } from './io';

export interface LoadedInput {
  path: string;
  workbook: ExcelJS.Workbook;
  sheets: LazySheet[];
  /** Kinds of content exceljs would lose if this workbook were written back. */
  dropped: readonly DroppedPart[];
}

/**
 * Refused files surface as FileError (one line, exit 2, handled in main). `purpose` says whether the
 * workbook will be written back ('rewrite' keeps pictures) or only read.
 */
export async function loadInput(
  file: string | undefined,
  cwd: string,
  purpose: Purpose = 'read',
): Promise<LoadedInput> {
  if (!file) throw new CliError(EXIT.badInput, 'cli.missingFile');
  const full = path.resolve(cwd, file);
  const bytes = await readFileGuarded(full, undefined, file);
  const name = path.basename(full);
  const inspection = inspectFile(bytes, name);
  if (inspection.ok && inspection.format === 'csv') {
    const workbook = workbookFromGrid(gridFromCsv(bytes, path.parse(name).name));
    return { path: full, workbook, sheets: lazySheets(workbook), dropped: [] };
  }
  const { workbook, dropped } = await openWorkbook(bytes, name, { purpose, inflateRaw: inflateRawNode });
  return { path: full, workbook, sheets: lazySheets(workbook), dropped };
}
