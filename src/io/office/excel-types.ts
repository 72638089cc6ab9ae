/**
 * The slice of the Excel JavaScript API the gateway uses, typed locally (as host.ts does for Office):
 * the real `Excel.RequestContext` satisfies these interfaces (run.ts checks that at compile time),
 * and the in-memory workbook used by tests and the benchmark implements them without casts.
 * Enum-valued properties are plain strings here: Excel accepts their string forms.
 */

export interface XlLoadable {
  /** Queues a load of the named properties (comma-separated); they are readable after the next sync. */
  load(propertyNames: string): unknown;
}

export interface XlNullable {
  /** True after a sync when a `…OrNullObject` call found nothing. */
  readonly isNullObject: boolean;
}

export interface XlContext {
  readonly workbook: XlWorkbook;
  readonly application: XlApplication;
  sync(): Promise<unknown>;
}

export interface XlApplication {
  /** ExcelApi 1.6: no recalculation while the queued commands run; Excel recalculates after the sync. */
  suspendApiCalculationUntilNextSync(): void;
  /** ExcelApi 1.9. */
  suspendScreenUpdatingUntilNextSync(): void;
}

export interface XlWorkbook {
  readonly worksheets: XlWorksheetCollection;
  /** The user's selection; Excel refuses a selection of several areas. */
  getSelectedRange(): XlRange;
}

export interface XlWorksheetCollection extends XlLoadable {
  readonly items: XlWorksheet[];
  getItem(key: string): XlWorksheet;
  getItemOrNullObject(key: string): XlWorksheet;
  getActiveWorksheet(): XlWorksheet;
  add(name?: string): XlWorksheet;
}

export interface XlWorksheet extends XlLoadable, XlNullable {
  name: string;
  /** 'Visible' | 'Hidden' | 'VeryHidden'. */
  visibility: string;
  /** '#RRGGBB', ExcelApi 1.7. */
  tabColor: string;
  readonly freezePanes: XlFreezePanes;
  readonly protection: XlWorksheetProtection;
  /** ExcelApi 1.9. */
  readonly pageLayout: XlPageLayout;
  /** ExcelApi 1.9. */
  readonly autoFilter: XlAutoFilter;
  getRange(address?: string): XlRange;
  /** ExcelApi 1.7. */
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): XlRange;
  getUsedRangeOrNullObject(valuesOnly?: boolean): XlRange;
  activate(): void;
  delete(): void;
}

export interface XlRange extends XlLoadable, XlNullable {
  readonly address: string;
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
  values: unknown[][];
  /** A 2-D array, or one format for every cell of the range. */
  numberFormat: unknown[][] | string;
  formulas: unknown[][];
  columnHidden: boolean;
  readonly format: XlRangeFormat;
  readonly conditionalFormats: XlConditionalFormatCollection;
  /** ExcelApi 1.8. */
  readonly dataValidation: XlDataValidation;
  merge(across?: boolean): void;
  select(): void;
  /** ExcelApi 1.13. */
  getMergedAreasOrNullObject(): XlRangeAreas;
}

export interface XlRangeAreas extends XlLoadable, XlNullable {
  /** `Sheet1!A1:B2, Sheet1!D4:D9`. */
  readonly address: string;
}

export interface XlRangeFormat {
  /** Points. */
  columnWidth: number;
  rowHeight: number;
  wrapText: boolean;
  horizontalAlignment: string;
  verticalAlignment: string;
  readonly font: XlFont;
  readonly fill: XlFill;
  readonly borders: XlBorders;
  readonly protection: XlFormatProtection;
  autofitRows(): void;
}

export interface XlFont {
  bold: boolean;
  italic: boolean;
  size: number;
  color: string;
}

export interface XlFill {
  color: string;
  clear(): void;
}

export interface XlBorders {
  getItem(index: string): XlBorder;
}

export interface XlBorder {
  style: string;
  color: string;
}

export interface XlFormatProtection {
  locked: boolean;
}

export interface XlConditionalFormatCollection {
  add(type: string): XlConditionalFormat;
}

export interface XlConditionalFormat {
  /** ExcelApi 1.6; 0 is the rule Excel evaluates first. */
  priority: number;
  readonly custom: XlCustomConditionalFormat;
  readonly dataBar: XlDataBarConditionalFormat;
}

export interface XlCustomConditionalFormat {
  readonly rule: { formula: string };
  readonly format: { readonly fill: { color: string }; readonly font: { color: string; bold: boolean } };
}

export interface XlDataBarRule {
  type: string;
  formula?: string;
}

export interface XlDataBarConditionalFormat {
  /** Must be assigned as a whole object. */
  lowerBoundRule: XlDataBarRule;
  upperBoundRule: XlDataBarRule;
  readonly positiveFormat: { fillColor: string; gradientFill: boolean };
}

export interface XlDataValidation {
  rule: { list?: { inCellDropDown: boolean; source: unknown } };
}

export interface XlFreezePanes {
  freezeAt(frozenRange: XlRange | string): void;
  freezeRows(count?: number): void;
  freezeColumns(count?: number): void;
}

export interface XlProtectionOptions {
  allowFormatRows?: boolean;
  allowFormatColumns?: boolean;
  allowAutoFilter?: boolean;
  allowSort?: boolean;
}

export interface XlWorksheetProtection {
  protect(options?: XlProtectionOptions, password?: string): void;
}

export interface XlHeaderFooter {
  leftHeader: string;
  centerHeader: string;
  rightHeader: string;
  leftFooter: string;
  centerFooter: string;
  rightFooter: string;
}

export interface XlPageLayout {
  /** 'Portrait' | 'Landscape'. */
  orientation: string;
  paperSize: string;
  zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  leftMargin: number;
  rightMargin: number;
  topMargin: number;
  bottomMargin: number;
  headerMargin: number;
  footerMargin: number;
  readonly headersFooters: { readonly defaultForAllPages: XlHeaderFooter };
  setPrintTitleRows(printTitleRows: XlRange | string): void;
}

export interface XlAutoFilter {
  apply(range: XlRange | string): void;
}

/** Runs a batch in one request context: `Excel.run` in the add-in, the in-memory workbook in tests. */
export type ExcelRun = <T>(batch: (context: XlContext) => Promise<T>) => Promise<T>;

/** Whether the host implements an ExcelApi requirement set, e.g. `supports('1.9')`. */
export type ApiSupport = (version: string) => boolean;
