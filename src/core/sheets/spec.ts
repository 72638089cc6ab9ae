/**
 * Generated sheets as plain data. Views in the core build a SheetSpec; the exceljs writer and the
 * Office.js gateway render the same spec, so the file on disk and the workbook in Excel agree.
 */
import type { IsoDate } from '../dates';

/** A formula (without the leading =) with the value it computes as of the build, so tools that do not recalculate show it. */
export interface FormulaValue {
  formula: string;
  result: string | number | boolean | null | DateValue;
}

/** A date cell. */
export interface DateValue {
  date: IsoDate;
}

/**
 * A cell. Plain strings are ALWAYS text, never formulas: text from users' cells goes through as a
 * string and renderers must write it so a leading = + - @ cannot become a formula.
 */
export type SpecValue = string | number | boolean | null | DateValue | FormulaValue;

export function isFormula(value: SpecValue): value is FormulaValue {
  return typeof value === 'object' && value !== null && 'formula' in value;
}

export function isDateValue(value: SpecValue): value is DateValue {
  return typeof value === 'object' && value !== null && 'date' in value;
}

/** The small fixed palette of cell styles; their number never grows with the data. */
export type StyleKey =
  | 'title'
  | 'subtitle'
  | 'header'
  | 'body'
  | 'wrap'
  | 'center'
  | 'date'
  | 'number'
  | 'percent'
  | 'signed'
  | 'input'
  | 'inputDate'
  | 'inputWrap'
  | 'legendOverdue'
  | 'legendDueSoon'
  | 'legendDone'
  | 'legendOngoing'
  | 'legendUnscored'
  | 'legendMissed'
  | 'legendPlanned'
  | 'section'
  | 'archiveHeader'
  | 'text'
  | 'textWrap'
  | 'toFill';

/** Highlight styles used by conditional-format rules (fills and fonts only). */
export type HighlightKey =
  'overdue' | 'dueSoon' | 'done' | 'ongoing' | 'unscored' | 'missed' | 'planned' | 'dueMarker';

export interface ColumnSpec {
  header: string;
  /** Width in characters. */
  width: number;
  style?: StyleKey;
  hidden?: boolean;
}

/** A rule over a range: the formula is written for the range's top-left cell, relative references as in Excel. */
export interface RuleSpec {
  range: string;
  formula: string;
  highlight: HighlightKey;
}

export interface DataBarSpec {
  range: string;
  color: string;
}

export interface ListValidationSpec {
  range: string;
  values: string[];
}

export interface PrintSpec {
  landscape: boolean;
  fitToWidth: boolean;
  /** Rows repeated at the top of every printed page, e.g. `3:3`. */
  repeatRows?: string;
  header?: string;
  footer?: string;
}

export interface SheetSpec {
  /** Which generated sheet this is (stable across languages). */
  role: string;
  name: string;
  /** Rows above the column headers (title, legend…), each a row of values with a style; a merged wrapped paragraph needs its height (points). */
  preamble: { values: SpecValue[]; style: StyleKey; merge?: boolean; height?: number }[];
  columns: ColumnSpec[];
  /** Data rows, right below the header row. */
  rows: SpecValue[][];
  /** Styled rows among `rows` (0-based index into rows), e.g. section separators; kept few. */
  rowStyles?: { index: number; style: StyleKey }[];
  /** Cells styled individually, e.g. a legend; kept to a handful. */
  cellStyles?: { address: string; style: StyleKey }[];
  /** Small areas styled apart from their column, e.g. the sub-tables of a report stacked in one sheet. */
  rangeStyles?: { range: string; style: StyleKey }[];
  /** Merged areas in A1 notation, anywhere in the sheet (section rows across the table, repeated cells). */
  merges?: string[];
  /** Heights in points of data rows (0-based index into rows) whose wrapped text needs more than one line. */
  rowHeights?: { index: number; height: number }[];
  freeze?: { rows: number; columns: number };
  /** Autofilter range, from the header row down, e.g. `A3:R40`. */
  autoFilter?: string;
  rules?: RuleSpec[];
  dataBars?: DataBarSpec[];
  validations?: ListValidationSpec[];
  /** Lock everything but these ranges (sheet protection without a password). */
  protect?: { unlocked: string[] };
  print?: PrintSpec;
  state?: 'visible' | 'hidden' | 'veryHidden';
  tabColor?: string;
}

/** The 1-based row of the header in a sheet built from a spec. */
export function headerRowOf(spec: Pick<SheetSpec, 'preamble'>): number {
  return spec.preamble.length + 1;
}
