/** Opening the workbook a command was given: the only place the CLI reads an input file. */
import ExcelJS from 'exceljs';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { LazySheet } from '../core/read/read-workbook';
import { lazySheets } from '../io/xlsx/workbook-sheets';
import { CliError, EXIT } from './io';

export interface LoadedInput {
  path: string;
  workbook: ExcelJS.Workbook;
  sheets: LazySheet[];
}

export async function loadInput(file: string | undefined, cwd: string): Promise<LoadedInput> {
  if (!file) throw new CliError(EXIT.badInput, 'cli.missingFile');
  const full = path.resolve(cwd, file);
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(full);
  } catch {
    throw new CliError(EXIT.badInput, 'cli.fileNotFound', { file });
  }
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return { path: full, workbook, sheets: lazySheets(workbook) };
}
