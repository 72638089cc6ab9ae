/**
 * A SheetSpec as Office.js commands, the way render-sheet.ts renders it with exceljs: styles on whole
 * columns and a few rows, number formats before values, values as 2-D arrays in bands bounded by
 * bytes, highlights as a handful of conditional formats. Each command group is a WriteOp with its
 * estimated request size, so the caller can pack them into syncs below the payload limit.
 */
import { columnLetters } from '../../core/grid';
import { DATE_FORMAT, HIGHLIGHTS, STYLES, type Look } from '../../core/sheets/palette';
import {
  headerRowOf,
  isDateValue,
  isFormula,
  type SheetSpec,
  type SpecValue,
  type StyleKey,
} from '../../core/sheets/spec';
import { formulaEntry, type FormulaEntry } from './cell-values';
import type { ApiSupport, XlContext, XlHeaderFooter, XlRange, XlWorksheet } from './excel-types';
import { jsonBytes } from './payload';

/** Features of a spec the host's API cannot apply; the pane says so instead of failing. */
export type SkippedFeature = 'merges' | 'validation' | 'autoFilter' | 'print' | 'screenUpdating';

export interface WriteOp {
  /** Estimated bytes of the commands the op queues. */
  bytes: number;
  apply(context: XlContext): void;
}

/** Bytes of one queued command without its payload: object path, method id, JSON envelope. */
export const COMMAND_BYTES = 120;
/** Data rows are written in bands of about this size, so batches pack well under the budget. */
const BAND_BYTES = 1_000_000;

function sheetOf(context: XlContext, name: string): XlWorksheet {
  return context.workbook.worksheets.getItem(name);
}

function op(commands: number, payload: unknown, apply: (context: XlContext) => void): WriteOp {
  return { bytes: commands * COMMAND_BYTES + (payload === undefined ? 0 : jsonBytes(payload)), apply };
}

/** Excel's column width in characters (of the default font's digit, 7 px) as points. */
export function widthInPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

const hex = (color: string) => `#${color}`;
const ALIGN = { left: 'Left', center: 'Center', right: 'Right', top: 'Top', middle: 'Center' } as const;
const EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'];
/** Commands a look may queue at most; used for its size estimate. */
const LOOK_COMMANDS = 16;

/**
 * Applies a look to a range. `complete` also resets what the look leaves out, since a cell style in
 * the exceljs rendering replaces the column's style rather than adding to it.
 */
function applyLook(range: XlRange, look: Look, complete: boolean, numberFormat: boolean): void {
  const { format } = range;
  if (numberFormat && look.numFmt) range.numberFormat = look.numFmt;
  if (look.bold !== undefined || complete) format.font.bold = look.bold ?? false;
  if (look.italic !== undefined || complete) format.font.italic = look.italic ?? false;
  if (look.size !== undefined || complete) format.font.size = look.size ?? 11;
  if (look.fontColor !== undefined || complete) format.font.color = hex(look.fontColor ?? '000000');
  if (look.fill) format.fill.color = hex(look.fill);
  else if (complete) format.fill.clear();
  if (look.wrap !== undefined || complete) format.wrapText = look.wrap ?? false;
  if (look.horizontal) format.horizontalAlignment = ALIGN[look.horizontal];
  else if (complete) format.horizontalAlignment = 'General';
  if (look.vertical) format.verticalAlignment = ALIGN[look.vertical];
  else if (complete) format.verticalAlignment = 'Bottom';
  if (look.border) {
    for (const edge of EDGES) {
      const border = format.borders.getItem(edge);
      border.style = 'Continuous';
      border.color = '#A6A6A6';
    }
  }
  if (look.locked === false || complete) format.protection.locked = look.locked ?? true;
}

function styleOp(sheet: string, address: string, style: StyleKey, complete = true): WriteOp {
  const look = STYLES[style];
  return op(LOOK_COMMANDS, address, (c) =>
    applyLook(sheetOf(c, sheet).getRange(address), look, complete, true),
  );
}

/** Inside borders for a header row: thin lines between its cells, as exceljs draws one box per cell. */
function insideBordersOp(sheet: string, address: string): WriteOp {
  return op(4, address, (c) => {
    const border = sheetOf(c, sheet).getRange(address).format.borders.getItem('InsideVertical');
    border.style = 'Continuous';
    border.color = '#A6A6A6';
  });
}

/** `bytes`: the matrix's JSON size when the caller has counted it already. */
function valuesOp(
  sheet: string,
  row: number,
  col: number,
  matrix: FormulaEntry[][],
  bytes?: number,
): WriteOp {
  const apply = (c: XlContext) => {
    sheetOf(c, sheet).getRangeByIndexes(row, col, matrix.length, matrix[0].length).formulas = matrix;
  };
  return bytes === undefined ? op(3, matrix, apply) : { bytes: 3 * COMMAND_BYTES + bytes, apply };
}

/** The row padded or cut to the sheet's width, as formula entries. */
function entries(values: readonly SpecValue[], width: number): FormulaEntry[] {
  const out: FormulaEntry[] = [];
  for (let c = 0; c < width; c++) out.push(formulaEntry(values[c] ?? null));
  return out;
}

function isDateLike(value: SpecValue): boolean {
  return (
    isDateValue(value) || (isFormula(value) && value.result !== null && typeof value.result === 'object')
  );
}

/** `&L…&C…&R…` of an Excel header string; text before any section code is centred, as Excel does. */
export function headerSections(text: string): { left: string; center: string; right: string } {
  const out = { left: '', center: '', right: '' };
  let key: keyof typeof out = 'center';
  for (const part of text.split(/(&[LCR])/)) {
    if (part === '&L') key = 'left';
    else if (part === '&C') key = 'center';
    else if (part === '&R') key = 'right';
    else out[key] += part;
  }
  return out;
}

/** Inches in exceljs's page setup as points. */
const inch = (n: number) => n * 72;

export function sheetOps(spec: SheetSpec, supports: ApiSupport, skipped: Set<SkippedFeature>): WriteOp[] {
  const name = spec.name;
  const width = Math.max(spec.columns.length, 1);
  const last = columnLetters(width - 1);
  const headerRow = headerRowOf(spec);
  const firstDataRow = headerRow + 1;
  const lastDataRow = headerRow + spec.rows.length;
  const ops: WriteOp[] = [];

  ops.push(
    op(2, name, (c) => {
      const ws = c.workbook.worksheets.add(name);
      if (spec.tabColor) ws.tabColor = hex(spec.tabColor);
    }),
  );

  // Columns: widths and styles on whole columns (format properties are allowed on unbounded ranges).
  spec.columns.forEach((col, i) => {
    const letter = columnLetters(i);
    const look = col.style ? STYLES[col.style] : null;
    ops.push(
      op(3 + (look ? LOOK_COMMANDS : 0), letter, (c) => {
        const range = sheetOf(c, name).getRange(`${letter}:${letter}`);
        range.format.columnWidth = widthInPoints(col.width);
        if (col.hidden) range.columnHidden = true;
        if (look) applyLook(range, look, false, false);
      }),
    );
  });

  // Number formats before values; values cannot be set on whole columns, so over the data rows.
  if (spec.rows.length > 0) {
    spec.columns.forEach((col, i) => {
      const numFmt = col.style ? STYLES[col.style].numFmt : undefined;
      if (!numFmt) return;
      const address = `${columnLetters(i)}${firstDataRow}:${columnLetters(i)}${lastDataRow}`;
      ops.push(op(3, [address, numFmt], (c) => (sheetOf(c, name).getRange(address).numberFormat = numFmt)));
    });
  }
  // Dates outside a date-formatted column (rare: a preamble, a report line) get the date format one by one.
  const dateCells: string[] = [];
  const columnHasDate = spec.columns.map((col) => !!col.style && STYLES[col.style].numFmt === DATE_FORMAT);
  spec.preamble.forEach((line, r) =>
    line.values.forEach((v, c) => isDateLike(v) && dateCells.push(`${columnLetters(c)}${r + 1}`)),
  );
  spec.rows.forEach((row, r) =>
    row.forEach((v, c) => {
      if (isDateLike(v) && !columnHasDate[c]) dateCells.push(`${columnLetters(c)}${firstDataRow + r}`);
    }),
  );
  for (const address of dateCells)
    ops.push(op(3, address, (c) => (sheetOf(c, name).getRange(address).numberFormat = DATE_FORMAT)));

  // Styles and merges of the preamble, the header and the few styled rows, cells and areas.
  spec.preamble.forEach((line, i) => {
    const row = i + 1;
    const end = columnLetters(Math.max(line.values.length, 1) - 1);
    ops.push(styleOp(name, `A${row}:${end}${row}`, line.style));
    if (line.merge) {
      const address = `A${row}:${last}${row}`;
      ops.push(op(3, address, (c) => sheetOf(c, name).getRange(address).merge(false)));
    }
    if (line.height) {
      const height = line.height;
      ops.push(op(3, row, (c) => (sheetOf(c, name).getRange(`${row}:${row}`).format.rowHeight = height)));
    }
  });
  const headerAddress = `A${headerRow}:${last}${headerRow}`;
  ops.push(styleOp(name, headerAddress, 'header'));
  if (width > 1 && STYLES.header.border) ops.push(insideBordersOp(name, headerAddress));
  for (const { index, style } of spec.rowStyles ?? []) {
    const row = firstDataRow + index;
    ops.push(styleOp(name, `A${row}:${last}${row}`, style));
  }
  for (const { address, style } of spec.cellStyles ?? []) ops.push(styleOp(name, address, style));
  for (const range of spec.merges ?? [])
    ops.push(op(3, range, (c) => sheetOf(c, name).getRange(range).merge(false)));
  for (const { range, style } of spec.rangeStyles ?? []) ops.push(styleOp(name, range, style));

  // Values: the preamble row by row, the header, then the data in bands.
  spec.preamble.forEach((line, i) => {
    if (line.values.length > 0) ops.push(valuesOp(name, i, 0, [entries(line.values, line.values.length)]));
  });
  ops.push(
    valuesOp(name, headerRow - 1, 0, [
      entries(
        spec.columns.map((c) => c.header),
        width,
      ),
    ]),
  );
  let band: FormulaEntry[][] = [];
  let bandStart = 0;
  let bandBytes = 0;
  spec.rows.forEach((row, r) => {
    const line = entries(row, width);
    const bytes = jsonBytes(line);
    if (band.length > 0 && bandBytes + bytes > BAND_BYTES) {
      ops.push(valuesOp(name, headerRow + bandStart, 0, band, bandBytes + 1));
      band = [];
      bandStart = r;
      bandBytes = 0;
    }
    band.push(line);
    bandBytes += bytes + 1;
  });
  if (band.length > 0) ops.push(valuesOp(name, headerRow + bandStart, 0, band, bandBytes + 1));
  if (spec.rows.length > 0 && spec.columns.some((c) => c.style && STYLES[c.style].wrap)) {
    const address = `A${firstDataRow}:${last}${lastDataRow}`;
    ops.push(op(3, address, (c) => sheetOf(c, name).getRange(address).format.autofitRows()));
  }

  // Highlights: one conditional format per rule, in the spec's priority order.
  (spec.rules ?? []).forEach((rule, i) => {
    const look = HIGHLIGHTS[rule.highlight];
    ops.push(
      op(8, rule, (c) => {
        const cf = sheetOf(c, name).getRange(rule.range).conditionalFormats.add('Custom');
        cf.custom.rule.formula = `=${rule.formula}`;
        cf.custom.format.fill.color = hex(look.fill ?? 'FFFFFF');
        cf.custom.format.font.color = hex(look.fontColor ?? '000000');
        if (look.bold) cf.custom.format.font.bold = true;
        cf.priority = i;
      }),
    );
  });
  for (const bar of spec.dataBars ?? []) {
    ops.push(
      op(8, bar, (c) => {
        const cf = sheetOf(c, name).getRange(bar.range).conditionalFormats.add('DataBar');
        cf.dataBar.lowerBoundRule = { type: 'Number', formula: '0' };
        cf.dataBar.upperBoundRule = { type: 'Number', formula: '1' };
        cf.dataBar.positiveFormat.fillColor = hex(bar.color);
        cf.dataBar.positiveFormat.gradientFill = false;
      }),
    );
  }
  if ((spec.validations ?? []).length > 0) {
    if (supports('1.8')) {
      for (const v of spec.validations ?? []) {
        ops.push(
          op(3, v, (c) => {
            sheetOf(c, name).getRange(v.range).dataValidation.rule = {
              list: { inCellDropDown: true, source: v.values.join(',') },
            };
          }),
        );
      }
    } else skipped.add('validation');
  }

  if (spec.freeze && (spec.freeze.rows > 0 || spec.freeze.columns > 0)) {
    const { rows, columns } = spec.freeze;
    ops.push(
      op(3, spec.freeze, (c) => {
        const ws = sheetOf(c, name);
        if (rows > 0 && columns > 0) ws.freezePanes.freezeAt(ws.getRangeByIndexes(0, 0, rows, columns));
        else if (rows > 0) ws.freezePanes.freezeRows(rows);
        else ws.freezePanes.freezeColumns(columns);
      }),
    );
  }
  if (spec.autoFilter) {
    const address = spec.autoFilter;
    if (supports('1.9')) ops.push(op(3, address, (c) => sheetOf(c, name).autoFilter.apply(address)));
    else skipped.add('autoFilter');
  }
  if (spec.print) {
    const print = spec.print;
    if (supports('1.9')) {
      ops.push(
        op(16, print, (c) => {
          const layout = sheetOf(c, name).pageLayout;
          layout.paperSize = 'A4';
          layout.orientation = print.landscape ? 'Landscape' : 'Portrait';
          // One page wide, as many tall as needed (0 = automatic, as fitToHeight="0" in the file).
          if (print.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
          layout.leftMargin = inch(0.4);
          layout.rightMargin = inch(0.4);
          layout.topMargin = inch(0.6);
          layout.bottomMargin = inch(0.6);
          layout.headerMargin = inch(0.3);
          layout.footerMargin = inch(0.3);
          if (print.repeatRows) layout.setPrintTitleRows(absoluteRows(print.repeatRows));
          const pages: XlHeaderFooter = layout.headersFooters.defaultForAllPages;
          if (print.header) {
            const h = headerSections(print.header);
            pages.leftHeader = h.left;
            pages.centerHeader = h.center;
            pages.rightHeader = h.right;
          }
          if (print.footer) {
            const f = headerSections(print.footer);
            pages.leftFooter = f.left;
            pages.centerFooter = f.center;
            pages.rightFooter = f.right;
          }
        }),
      );
    } else skipped.add('print');
  }
  if (spec.protect) {
    for (const address of spec.protect.unlocked)
      ops.push(op(3, address, (c) => (sheetOf(c, name).getRange(address).format.protection.locked = false)));
    // As the exceljs rendering: no password, rows may still be resized.
    ops.push(op(2, name, (c) => sheetOf(c, name).protection.protect({ allowFormatRows: true })));
  }
  if (spec.state && spec.state !== 'visible') {
    const visibility = spec.state === 'hidden' ? 'Hidden' : 'VeryHidden';
    ops.push(op(2, visibility, (c) => (sheetOf(c, name).visibility = visibility)));
  }
  return ops;
}

/** `3:3` → `$3:$3`. */
function absoluteRows(rows: string): string {
  return rows.replace(/\$?(\d+)/g, '$$$1');
}

/** Ops that delete sheets of an earlier build; a very hidden sheet must be made visible first. */
export function deleteOps(sheets: readonly { name: string; visibility: string }[]): WriteOp[] {
  return sheets.map(({ name, visibility }) =>
    op(3, name, (c) => {
      const ws = sheetOf(c, name);
      if (visibility === 'VeryHidden') ws.visibility = 'Hidden';
      ws.delete();
    }),
  );
}

/** Ops packed greedily into batches under the byte budget, keeping their order. */
export function packOps(ops: readonly WriteOp[], budgetBytes: number): WriteOp[][] {
  const batches: WriteOp[][] = [];
  let batch: WriteOp[] = [];
  let bytes = 0;
  for (const o of ops) {
    if (batch.length > 0 && bytes + o.bytes > budgetBytes) {
      batches.push(batch);
      batch = [];
      bytes = 0;
    }
    batch.push(o);
    bytes += o.bytes;
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}
