/** Picking the sheet that holds the task table and reading it. */
import type { Grid } from '../grid';
import type { ReadOptions } from '../model';
import { readSheet, type SheetReading } from './read-sheet';

/** A sheet whose Grid is built only when asked for, so unused sheets cost nothing. */
export interface LazySheet {
  name: string;
  grid(): Grid;
}

export type WorkbookReading =
  | { ok: true; reading: SheetReading }
  | { ok: false; reason: 'sheet_not_found' | 'no_table'; sheetsSearched: string[] };

/** Reads the named sheet, or without a name the first sheet that holds a task table. */
export function readWorkbook(
  sheets: readonly LazySheet[],
  options: ReadOptions,
  sheetName?: string,
): WorkbookReading {
  if (sheetName !== undefined) {
    const sheet =
      sheets.find((s) => s.name === sheetName) ?? sheets.find((s) => s.name.trim() === sheetName.trim());
    if (!sheet) return { ok: false, reason: 'sheet_not_found', sheetsSearched: sheets.map((s) => s.name) };
    const reading = readSheet(sheet.grid(), options);
    return reading ? { ok: true, reading } : { ok: false, reason: 'no_table', sheetsSearched: [sheet.name] };
  }
  const searched: string[] = [];
  for (const sheet of sheets) {
    searched.push(sheet.name);
    const reading = readSheet(sheet.grid(), options);
    if (reading) return { ok: true, reading };
  }
  return { ok: false, reason: 'no_table', sheetsSearched: searched };
}
