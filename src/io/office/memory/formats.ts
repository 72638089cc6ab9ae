/** Formatting objects of the in-memory workbook: they record what is set, for the tests to check. */
import type {
  XlBorder,
  XlBorders,
  XlConditionalFormat,
  XlDataBarRule,
  XlFill,
  XlFont,
  XlFormatProtection,
  XlHeaderFooter,
  XlPageLayout,
  XlRange,
  XlRangeFormat,
} from '../excel-types';
import { ExcelApiError, type MemoryContext } from './context';
import type { MemoryRange } from './objects';
import type { Area, ConditionalFormatRecord, SheetState } from './sheet-state';

export type RecordFormat = (prop: string, value: unknown, run?: (s: SheetState, area: Area) => void) => void;

export class MemoryRangeFormat implements XlRangeFormat {
  private readonly set: { [prop: string]: unknown } = {};
  readonly font: XlFont;
  readonly fill: XlFill;
  readonly borders: XlBorders;
  readonly protection: XlFormatProtection;

  constructor(private readonly record: RecordFormat) {
    const stored = this.set;
    const field = <T>(prefix: string, name: string, extra?: (s: SheetState, area: Area, v: T) => void) => ({
      get: () => stored[`${prefix}${name}`] as T,
      set: (v: T) => {
        stored[`${prefix}${name}`] = v;
        record(`${prefix}${name}`, v, extra && ((s, a) => extra(s, a, v)));
      },
    });
    this.font = Object.defineProperties({} as XlFont, {
      bold: field<boolean>('font.', 'bold'),
      italic: field<boolean>('font.', 'italic'),
      size: field<number>('font.', 'size'),
      color: field<string>('font.', 'color'),
    });
    this.fill = Object.defineProperties({ clear: () => record('fill.clear', true) } as XlFill, {
      color: field<string>('fill.', 'color'),
    });
    this.borders = {
      getItem: (index: string): XlBorder =>
        Object.defineProperties({} as XlBorder, {
          style: field<string>(`border.${index}.`, 'style'),
          color: field<string>(`border.${index}.`, 'color'),
        }),
    };
    this.protection = Object.defineProperties({} as XlFormatProtection, {
      locked: field<boolean>('protection.', 'locked'),
    });
    Object.defineProperties(this, {
      columnWidth: field<number>('', 'columnWidth', (s, a, v) => {
        for (let c = a.left; c <= a.right; c++) s.columnWidths.set(c, v);
      }),
      rowHeight: field<number>('', 'rowHeight'),
      wrapText: field<boolean>('', 'wrapText'),
      horizontalAlignment: field<string>('', 'horizontalAlignment'),
      verticalAlignment: field<string>('', 'verticalAlignment'),
    });
  }

  declare columnWidth: number;
  declare rowHeight: number;
  declare wrapText: boolean;
  declare horizontalAlignment: string;
  declare verticalAlignment: string;

  autofitRows(): void {
    this.record('autofitRows', true);
  }
}

export class MemoryConditionalFormat implements XlConditionalFormat {
  readonly custom: XlConditionalFormat['custom'];
  readonly dataBar: XlConditionalFormat['dataBar'];

  constructor(
    private readonly context: MemoryContext,
    private readonly record: ConditionalFormatRecord,
  ) {
    const set = <K extends keyof ConditionalFormatRecord>(key: K, value: ConditionalFormatRecord[K]) =>
      context.command(
        `conditionalFormat ${key}=${JSON.stringify(value)}`,
        value,
        () => (record[key] = value),
      );
    this.custom = {
      rule: {
        get formula() {
          return record.formula ?? '';
        },
        set formula(v: string) {
          set('formula', v);
        },
      },
      format: {
        fill: {
          get color() {
            return record.fill ?? '';
          },
          set color(v: string) {
            set('fill', v);
          },
        },
        font: {
          get color() {
            return record.fontColor ?? '';
          },
          set color(v: string) {
            set('fontColor', v);
          },
          get bold() {
            return record.bold ?? false;
          },
          set bold(v: boolean) {
            set('bold', v);
          },
        },
      },
    };
    this.dataBar = {
      get lowerBoundRule(): XlDataBarRule {
        return record.lowerBound ?? { type: 'Automatic' };
      },
      set lowerBoundRule(v: XlDataBarRule) {
        set('lowerBound', { ...v });
      },
      get upperBoundRule(): XlDataBarRule {
        return record.upperBound ?? { type: 'Automatic' };
      },
      set upperBoundRule(v: XlDataBarRule) {
        set('upperBound', { ...v });
      },
      positiveFormat: {
        get fillColor() {
          return record.barColor ?? '';
        },
        set fillColor(v: string) {
          set('barColor', v);
        },
        get gradientFill() {
          return record.gradient ?? true;
        },
        set gradientFill(v: boolean) {
          set('gradient', v);
        },
      },
    };
  }

  get priority(): number {
    return this.record.priority;
  }
  set priority(value: number) {
    this.context.command(`conditionalFormat priority=${value}`, value, () => (this.record.priority = value));
  }
}

export class MemoryPageLayout implements XlPageLayout {
  readonly headersFooters: { readonly defaultForAllPages: XlHeaderFooter };

  constructor(private readonly on: (label: string, args: unknown, run: (s: SheetState) => void) => void) {
    const field = (name: string) => ({
      get: (): never => {
        throw new ExcelApiError('PropertyNotLoaded', name);
      },
      set: (v: unknown) => on(`${name}=${JSON.stringify(v)}`, v, (s) => (s.pageLayout[name] = v)),
    });
    for (const name of [
      'orientation',
      'paperSize',
      'zoom',
      'leftMargin',
      'rightMargin',
      'topMargin',
      'bottomMargin',
      'headerMargin',
      'footerMargin',
    ])
      Object.defineProperty(this, name, field(name));
    const pages = {} as XlHeaderFooter;
    for (const name of [
      'leftHeader',
      'centerHeader',
      'rightHeader',
      'leftFooter',
      'centerFooter',
      'rightFooter',
    ])
      Object.defineProperty(pages, name, field(name));
    this.headersFooters = { defaultForAllPages: pages };
  }

  declare orientation: string;
  declare paperSize: string;
  declare zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  declare leftMargin: number;
  declare rightMargin: number;
  declare topMargin: number;
  declare bottomMargin: number;
  declare headerMargin: number;
  declare footerMargin: number;

  setPrintTitleRows(printTitleRows: XlRange | string): void {
    const rows =
      typeof printTitleRows === 'string' ? printTitleRows : (printTitleRows as MemoryRange).addressNow();
    this.on(`printTitleRows=${rows}`, rows, (s) => (s.printTitleRows = rows));
  }
}
