/**
 * Rendering a SheetSpec into an exceljs worksheet. Styles go on columns and a few rows, never
 * cell by cell over the data; highlights are a handful of conditional-format rules.
 */
import type ExcelJS from 'exceljs';
import { parseIso } from '../../core/dates';
import { columnLetters } from '../../core/grid';
import { HIGHLIGHTS, STYLES, type Look } from '../../core/sheets/palette';
import {
  headerRowOf,
  isDateValue,
  isFormula,
  type DateValue,
  type SheetSpec,
  type SpecValue,
  type StyleKey,
} from '../../core/sheets/spec';

const argb = (hex: string) => ({ argb: 'FF' + hex });

/** One exceljs style object per palette entry, shared by reference by every cell that uses it. */
function styleOf(look: Look): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = {};
  if (look.numFmt) style.numFmt = look.numFmt;
  if (look.bold || look.italic || look.size || look.fontColor) {
    style.font = {
      ...(look.bold ? { bold: true } : {}),
      ...(look.italic ? { italic: true } : {}),
      ...(look.size ? { size: look.size } : {}),
      ...(look.fontColor ? { color: argb(look.fontColor) } : {}),
    };
  }
  if (look.fill) style.fill = { type: 'pattern', pattern: 'solid', fgColor: argb(look.fill) };
  if (look.wrap || look.horizontal || look.vertical) {
    style.alignment = {
      ...(look.wrap ? { wrapText: true } : {}),
      ...(look.horizontal ? { horizontal: look.horizontal } : {}),
      ...(look.vertical ? { vertical: look.vertical } : {}),
    };
  }
  if (look.border) {
    const thin = { style: 'thin' as const, color: argb('A6A6A6') };
    style.border = { top: thin, left: thin, bottom: thin, right: thin };
  }
  if (look.locked === false) style.protection = { locked: false };
  return style;
}

const STYLE_OBJECTS = Object.fromEntries(
  Object.entries(STYLES).map(([key, look]) => [key, styleOf(look)]),
) as Record<StyleKey, Partial<ExcelJS.Style>>;

/** Every cell of an A1 range such as `D4:F9` (or one cell). */
function cellsOf(ws: ExcelJS.Worksheet, range: string): ExcelJS.Cell[] {
  const [from, to = from] = range.split(':');
  const a = ws.getCell(from);
  const b = ws.getCell(to);
  const cells: ExcelJS.Cell[] = [];
  for (let r = Math.min(+a.row, +b.row); r <= Math.max(+a.row, +b.row); r++) {
    for (let c = Math.min(+a.col, +b.col); c <= Math.max(+a.col, +b.col); c++) cells.push(ws.getCell(r, c));
  }
  return cells;
}

const NO_STYLE: Partial<ExcelJS.Style> = {};
const DATE_TWINS = new WeakMap<Partial<ExcelJS.Style>, Partial<ExcelJS.Style>>();

/**
 * The style object a cell can share. exceljs gives a date without a number format a date format
 * but caches the xf by style object, so dates share a twin of a style without numFmt.
 */
function sharedStyle(style: Partial<ExcelJS.Style>, value: ExcelJS.CellValue): Partial<ExcelJS.Style> {
  const result = value !== null && typeof value === 'object' && 'formula' in value ? value.result : value;
  if (style.numFmt || !(result instanceof Date)) return style;
  let twin = DATE_TWINS.get(style);
  if (!twin) {
    twin = { ...style };
    DATE_TWINS.set(style, twin);
  }
  return twin;
}

function dateOf(value: DateValue): Date {
  const { year, month, day } = parseIso(value.date);
  return new Date(Date.UTC(year, month - 1, day));
}

/**
 * Lone UTF-16 surrogates, which XML cannot hold and exceljs would write as they are (it drops the
 * control characters itself): a file holding one does not open.
 */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** A spec value as exceljs takes it; strings stay strings, so they are written as text. */
export function xlsxValue(value: SpecValue): ExcelJS.CellValue {
  if (value === null) return null;
  if (typeof value === 'string') return value.replace(LONE_SURROGATE, '');
  if (isDateValue(value)) return dateOf(value);
  if (isFormula(value)) {
    const result = value.result;
    return {
      formula: value.formula,
      result: result !== null && typeof result === 'object' ? dateOf(result) : (result ?? undefined),
    } as ExcelJS.CellFormulaValue;
  }
  return value;
}

export function renderSheet(workbook: ExcelJS.Workbook, spec: SheetSpec): ExcelJS.Worksheet {
  const ws = workbook.addWorksheet(spec.name, {
    state: spec.state ?? 'visible',
    properties: spec.tabColor ? { tabColor: argb(spec.tabColor) } : {},
  });
  spec.columns.forEach((col, i) => {
    const column = ws.getColumn(i + 1);
    column.width = col.width;
    if (col.style) column.style = STYLE_OBJECTS[col.style];
    if (col.hidden) column.hidden = true;
  });
  const width = Math.max(spec.columns.length, 1);
  const lastLetter = columnLetters(width - 1);

  spec.preamble.forEach((line, i) => {
    const row = ws.getRow(i + 1);
    row.values = line.values.map(xlsxValue);
    for (let c = 1; c <= Math.max(line.values.length, 1); c++)
      row.getCell(c).style = STYLE_OBJECTS[line.style];
    if (line.merge) ws.mergeCells(`A${i + 1}:${lastLetter}${i + 1}`);
    if (line.height) row.height = line.height;
  });

  const headerRow = headerRowOf(spec);
  const header = ws.getRow(headerRow);
  header.values = spec.columns.map((c) => c.header);
  for (let c = 1; c <= spec.columns.length; c++) header.getCell(c).style = STYLE_OBJECTS.header;

  // Only cells with a value are created (the column's style shows on the others; an empty text
  // shows as nothing too), each given its column's shared style object: exceljs caches an xf by
  // style object, and a cell left with the fresh copy it is created with has its style serialised
  // again when the file is written.
  const columnStyles = spec.columns.map((c) => (c.style ? STYLE_OBJECTS[c.style] : NO_STYLE));
  spec.rows.forEach((values, i) => {
    const row = ws.getRow(headerRow + 1 + i);
    values.forEach((value, c) => {
      if (value === null || value === '') return;
      const cell = row.getCell(c + 1);
      cell.value = xlsxValue(value);
      cell.style = sharedStyle(columnStyles[c] ?? NO_STYLE, cell.value);
    });
  });

  for (const { index, style } of spec.rowStyles ?? []) {
    const row = ws.getRow(headerRow + 1 + index);
    for (let c = 1; c <= width; c++) row.getCell(c).style = STYLE_OBJECTS[style];
  }
  for (const { address, style } of spec.cellStyles ?? []) ws.getCell(address).style = STYLE_OBJECTS[style];
  for (const { range, style } of spec.rangeStyles ?? []) {
    for (const cell of cellsOf(ws, range)) cell.style = STYLE_OBJECTS[style];
  }
  for (const { index, height } of spec.rowHeights ?? []) ws.getRow(headerRow + 1 + index).height = height;
  for (const range of spec.merges ?? []) ws.mergeCells(range);

  if (spec.freeze) {
    ws.views = [{ state: 'frozen', xSplit: spec.freeze.columns, ySplit: spec.freeze.rows }];
  }
  if (spec.autoFilter) ws.autoFilter = spec.autoFilter;
  (spec.rules ?? []).forEach((rule, i) => {
    const look = HIGHLIGHTS[rule.highlight];
    ws.addConditionalFormatting({
      ref: rule.range,
      rules: [
        {
          type: 'expression',
          priority: i + 1,
          formulae: [rule.formula],
          style: {
            fill: { type: 'pattern', pattern: 'solid', bgColor: argb(look.fill ?? 'FFFFFF') },
            font: { color: argb(look.fontColor ?? '000000'), ...(look.bold ? { bold: true } : {}) },
          },
        },
      ],
    });
  });
  for (const bar of spec.dataBars ?? []) {
    ws.addConditionalFormatting({
      ref: bar.range,
      rules: [
        {
          type: 'dataBar',
          priority: (spec.rules?.length ?? 0) + 1,
          cfvo: [
            { type: 'num', value: 0 },
            { type: 'num', value: 1 },
          ],
          color: argb(bar.color),
          gradient: false,
        } as unknown as ExcelJS.ConditionalFormattingRule,
      ],
    });
  }
  // exceljs keeps range validations as one sqref; its typings only show the per-cell API.
  const validations = (
    ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }
  ).dataValidations;
  for (const v of spec.validations ?? []) {
    validations.add(v.range, {
      type: 'list',
      allowBlank: true,
      formulae: [`"${v.values.join(',')}"`],
      showErrorMessage: true,
    });
  }
  if (spec.protect) {
    for (const range of spec.protect.unlocked) {
      // A copy per cell: the style objects are shared and must stay locked elsewhere.
      for (const cell of cellsOf(ws, range)) cell.style = { ...cell.style, protection: { locked: false } };
    }
    // Without a password exceljs sets the protection synchronously; rows stay resizable, columns (and
    // the hidden ones) do not.
    void ws.protect('', { formatRows: true });
  }
  if (spec.print) {
    ws.pageSetup = {
      paperSize: 9,
      orientation: spec.print.landscape ? 'landscape' : 'portrait',
      fitToPage: spec.print.fitToWidth,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: spec.print.repeatRows,
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    };
    if (spec.print.header || spec.print.footer) {
      ws.headerFooter = { oddHeader: spec.print.header, oddFooter: spec.print.footer };
    }
  }
  return ws;
}
