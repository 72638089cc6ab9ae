/**
 * Proxy objects of the in-memory workbook: each resolves its target when its queued commands run,
 * as Office.js resolves them in Excel, and records what is set on it.
 */
import { jsonBytes } from '../payload';
import { splitSheetAddress } from '../sheet-address';
import type {
  XlAutoFilter,
  XlConditionalFormatCollection,
  XlDataValidation,
  XlFreezePanes,
  XlPageLayout,
  XlProtectionOptions,
  XlRange,
  XlRangeAreas,
  XlRangeFormat,
  XlWorkbook,
  XlWorksheet,
  XlWorksheetCollection,
  XlWorksheetProtection,
} from '../excel-types';
import { ExcelApiError, type MemoryContext } from './context';
import { MemoryConditionalFormat, MemoryPageLayout, MemoryRangeFormat } from './formats';
import {
  areaAddress,
  isUnbounded,
  parseAddress,
  quotedName,
  SheetState,
  type Area,
  type ConditionalFormatRecord,
} from './sheet-state';

/** Loaded property values, readable after the sync. */
class Loaded {
  private readonly values = new Map<string, unknown>();
  get<T>(prop: string): T {
    if (!this.values.has(prop))
      throw new ExcelApiError('PropertyNotLoaded', `${prop} was not loaded and synced`);
    return this.values.get(prop) as T;
  }
  set(prop: string, value: unknown): void {
    this.values.set(prop, value);
  }
}

const props = (names: string) => names.split(',').map((p) => p.trim());

export class MemoryWorkbook implements XlWorkbook {
  readonly worksheets: XlWorksheetCollection;
  constructor(private readonly context: MemoryContext) {
    this.worksheets = new MemoryWorksheets(context);
  }

  /** The workbook's `selection` (`Sheet!B3:H40`), else A1 of the active sheet. */
  getSelectedRange(): XlRange {
    const { selection, active } = this.context.excel;
    const { sheet, range } = selection ? splitSheetAddress(selection) : { sheet: active, range: 'A1' };
    return this.worksheets.getItem(sheet).getRange(range);
  }
}

class MemoryWorksheets implements XlWorksheetCollection {
  private readonly loaded = new Loaded();
  constructor(private readonly context: MemoryContext) {}

  get items(): XlWorksheet[] {
    return this.loaded.get<XlWorksheet[]>('items');
  }

  load(propertyNames: string): unknown {
    const wanted = props(propertyNames).map((p) => p.replace(/^items\//, ''));
    this.context.load(() => {
      const items = this.context.excel.sheets.map((state) => {
        const ws = new MemoryWorksheet(this.context, () => state, false);
        ws.fill(state, wanted);
        return ws;
      });
      const bytes = jsonBytes(items.map((ws) => wanted.map((p) => ws.peek(p))));
      return { bytes, cells: 0, commit: () => this.loaded.set('items', items) };
    });
    return this;
  }

  getItem(key: string): XlWorksheet {
    return new MemoryWorksheet(this.context, () => this.context.excel.find(key), false, key);
  }

  getItemOrNullObject(key: string): XlWorksheet {
    return new MemoryWorksheet(this.context, () => this.context.excel.find(key), true, key);
  }

  getActiveWorksheet(): XlWorksheet {
    return new MemoryWorksheet(this.context, () => this.context.excel.find(this.context.excel.active), false);
  }

  add(name?: string): XlWorksheet {
    const sheetName = name ?? `Sheet${this.context.excel.sheets.length + 1}`;
    this.context.command(`add ${sheetName}`, sheetName, () => {
      if (this.context.excel.find(sheetName))
        throw new ExcelApiError('ItemAlreadyExists', `sheet ${sheetName} exists`);
      this.context.excel.sheets.push(new SheetState(sheetName));
    });
    return this.getItem(sheetName);
  }
}

export class MemoryWorksheet implements XlWorksheet {
  private readonly loaded = new Loaded();
  readonly freezePanes: XlFreezePanes;
  readonly protection: XlWorksheetProtection;
  readonly pageLayout: XlPageLayout;
  readonly autoFilter: XlAutoFilter;

  constructor(
    private readonly context: MemoryContext,
    private readonly find: () => SheetState | undefined,
    private readonly nullable: boolean,
    /** The name the sheet was asked for by, for the log. */
    readonly key = '(active)',
  ) {
    const on = (label: string, args: unknown, run: (s: SheetState) => void) =>
      context.command(`${label}`, args, () => run(this.state()));
    this.freezePanes = {
      freezeAt: (range) => {
        const address = typeof range === 'string' ? range : (range as MemoryRange).addressNow();
        on(`freeze ${this.key} ${address}`, address, (s) => {
          const area = parseAddress(address);
          s.frozen = { rows: area.bottom + 1, columns: area.right + 1 };
        });
      },
      freezeRows: (count = 1) =>
        on(`freeze ${this.key} rows ${count}`, count, (s) => (s.frozen = { rows: count, columns: 0 })),
      freezeColumns: (count = 1) =>
        on(`freeze ${this.key} columns ${count}`, count, (s) => (s.frozen = { rows: 0, columns: count })),
    };
    this.protection = {
      protect: (options?: XlProtectionOptions) =>
        on(`protect ${this.key}`, options, (s) => (s.protection = { ...(options ?? {}) })),
    };
    this.pageLayout = new MemoryPageLayout((label, args, run) => {
      context.requireApi('1.9', 'pageLayout');
      on(`pageLayout ${this.key} ${label}`, args, run);
    });
    this.autoFilter = {
      apply: (range) => {
        context.requireApi('1.9', 'autoFilter');
        const address = typeof range === 'string' ? range : (range as MemoryRange).addressNow();
        on(`autoFilter ${this.key} ${address}`, address, (s) => (s.autoFilter = address));
      },
    };
  }

  state(): SheetState {
    const s = this.find();
    if (!s) throw new ExcelApiError('ItemNotFound', `no sheet ${this.key}`);
    return s;
  }

  /** Fills loaded properties directly (for collection loads). */
  fill(state: SheetState, wanted: string[]): void {
    for (const p of wanted)
      this.loaded.set(p, p === 'name' ? state.name : p === 'visibility' ? state.visibility : undefined);
  }

  peek(prop: string): unknown {
    return this.loaded.get(prop);
  }

  get isNullObject(): boolean {
    return this.loaded.get('isNullObject');
  }
  get name(): string {
    return this.loaded.get('name');
  }
  set name(value: string) {
    this.context.command(`rename ${this.key} ${value}`, value, () => (this.state().name = value));
  }
  get visibility(): string {
    return this.loaded.get('visibility');
  }
  set visibility(value: string) {
    this.context.command(`visibility ${this.key} ${value}`, value, () => (this.state().visibility = value));
  }
  get tabColor(): string {
    return this.loaded.get('tabColor');
  }
  set tabColor(value: string) {
    this.context.command(`tabColor ${this.key} ${value}`, value, () => (this.state().tabColor = value));
  }

  load(propertyNames: string): unknown {
    const wanted = props(propertyNames);
    this.context.load(() => {
      const s = this.find();
      if (!s && !this.nullable) throw new ExcelApiError('ItemNotFound', `no sheet ${this.key}`);
      const values = new Map<string, unknown>([['isNullObject', !s]]);
      if (s) for (const p of wanted) values.set(p, (s as unknown as Record<string, unknown>)[p]);
      return {
        bytes: jsonBytes([...values.values()]),
        cells: 0,
        commit: () => values.forEach((v, k) => this.loaded.set(k, v)),
      };
    });
    return this;
  }

  getRange(address?: string): XlRange {
    return new MemoryRange(
      this.context,
      this,
      () => (address ? parseAddress(address) : null),
      false,
      address ?? null,
    );
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): XlRange {
    const area = {
      top: startRow,
      left: startColumn,
      bottom: startRow + rowCount - 1,
      right: startColumn + columnCount - 1,
    };
    return new MemoryRange(this.context, this, () => area, false, areaAddress(area));
  }

  getUsedRangeOrNullObject(): XlRange {
    return new MemoryRange(this.context, this, () => this.state().usedArea(), true);
  }

  activate(): void {
    this.context.command(
      `activate ${this.key}`,
      undefined,
      () => (this.context.excel.active = this.state().name),
    );
  }

  delete(): void {
    this.context.command(`delete ${this.key}`, undefined, () => {
      const s = this.state();
      if (s.visibility === 'VeryHidden')
        throw new ExcelApiError('InvalidOperation', 'a very hidden sheet cannot be deleted');
      this.context.excel.sheets.splice(this.context.excel.sheets.indexOf(s), 1);
    });
  }
}

export class MemoryRange implements XlRange {
  private readonly loaded = new Loaded();
  readonly format: XlRangeFormat;
  readonly conditionalFormats: XlConditionalFormatCollection;
  readonly dataValidation: XlDataValidation;

  constructor(
    private readonly context: MemoryContext,
    readonly sheet: MemoryWorksheet,
    private readonly areaOf: () => Area | null,
    private readonly nullable: boolean,
    /** The address as known before the sync (null for a used range). */
    private readonly label: string | null = null,
  ) {
    this.format = new MemoryRangeFormat((prop, value, run) =>
      context.command(`format ${this.where()} ${prop}=${JSON.stringify(value)}`, [prop, value], () => {
        const s = sheet.state();
        const area = this.area();
        s.formats.push(`${areaAddress(area)} ${prop}=${JSON.stringify(value)}`);
        run?.(s, area);
      }),
    );
    this.conditionalFormats = {
      add: (type: string) => {
        const record: ConditionalFormatRecord = { range: '', type, priority: -1 };
        context.command(`conditionalFormat ${this.where()} ${type}`, type, () => {
          record.range = areaAddress(this.area());
          sheet.state().conditionalFormats.push(record);
        });
        return new MemoryConditionalFormat(context, record);
      },
    };
    const where = () => this.where();
    const area = () => this.area();
    this.dataValidation = {
      get rule(): XlDataValidation['rule'] {
        throw new ExcelApiError('PropertyNotLoaded', 'dataValidation.rule');
      },
      set rule(rule: XlDataValidation['rule']) {
        context.requireApi('1.8', 'dataValidation');
        context.command(`validation ${where()}`, rule, () =>
          sheet.state().validations.push({ range: areaAddress(area()), source: rule.list?.source }),
        );
      },
    };
  }

  private where(): string {
    return `${this.sheet.key}!${this.label ?? '(used)'}`;
  }

  /** The address as given, for commands that take a range argument. */
  addressNow(): string {
    if (!this.label) throw new Error('a used range has no address before the sync');
    return this.label;
  }

  area(): Area {
    const area = this.areaOf();
    if (!area) throw new ExcelApiError('ItemNotFound', 'the range is a null object');
    return area;
  }

  private bounded(what: string): Area {
    const area = this.area();
    if (isUnbounded(area))
      throw new ExcelApiError('InvalidArgument', `${what} cannot be set on an unbounded range`);
    return area;
  }

  get isNullObject(): boolean {
    return this.loaded.get('isNullObject');
  }
  get address(): string {
    return this.loaded.get('address');
  }
  get rowIndex(): number {
    return this.loaded.get('rowIndex');
  }
  get columnIndex(): number {
    return this.loaded.get('columnIndex');
  }
  get rowCount(): number {
    return this.loaded.get('rowCount');
  }
  get columnCount(): number {
    return this.loaded.get('columnCount');
  }
  get values(): unknown[][] {
    return this.loaded.get('values');
  }
  set values(matrix: unknown[][]) {
    this.enterAll('values', matrix);
  }
  get formulas(): unknown[][] {
    return this.loaded.get('formulas');
  }
  set formulas(matrix: unknown[][]) {
    this.enterAll('formulas', matrix);
  }
  get numberFormat(): unknown[][] | string {
    return this.loaded.get('numberFormat');
  }
  set numberFormat(format: unknown[][] | string) {
    this.context.command(
      `numberFormat ${this.where()} ${JSON.stringify(format).slice(0, 40)}`,
      format,
      () => {
        const area = this.bounded('numberFormat');
        const s = this.sheet.state();
        if (typeof format === 'string') s.rangeFormats.push({ area, format });
        else
          format.forEach((row, r) =>
            row.forEach((f, c) => s.cellFormats.set(`${area.top + r},${area.left + c}`, String(f))),
          );
      },
    );
  }
  get columnHidden(): boolean {
    return this.loaded.get('columnHidden');
  }
  set columnHidden(hidden: boolean) {
    this.context.command(`columnHidden ${this.where()} ${hidden}`, hidden, () => {
      const area = this.area();
      for (let c = area.left; c <= area.right; c++) {
        const s = this.sheet.state();
        if (hidden) s.hiddenColumns.add(c);
        else s.hiddenColumns.delete(c);
      }
    });
  }

  private enterAll(what: string, matrix: unknown[][]): void {
    this.context.command(`${what} ${this.where()} ${matrix.length}x${matrix[0]?.length ?? 0}`, matrix, () => {
      const area = this.bounded(what);
      const rows = area.bottom - area.top + 1;
      const cols = area.right - area.left + 1;
      if (matrix.length !== rows || matrix.some((row) => row.length !== cols))
        throw new ExcelApiError('InvalidArgument', `${what} of the wrong size for ${areaAddress(area)}`);
      const s = this.sheet.state();
      matrix.forEach((row, r) => row.forEach((entry, c) => s.enter(area.top + r, area.left + c, entry)));
    });
  }

  load(propertyNames: string): unknown {
    const wanted = props(propertyNames);
    this.context.load(() => {
      let area: Area | null;
      try {
        area = this.areaOf();
      } catch (err) {
        if (this.nullable) area = null;
        else throw err;
      }
      if (!area && !this.nullable) throw new ExcelApiError('ItemNotFound', 'no such range');
      const values = new Map<string, unknown>([['isNullObject', !area]]);
      let cells = 0;
      if (area) {
        const s = this.sheet.state();
        const a = area;
        const grid = (cell: (r: number, c: number) => unknown) => {
          const out: unknown[][] = [];
          for (let r = a.top; r <= a.bottom; r++) {
            const line: unknown[] = [];
            for (let c = a.left; c <= a.right; c++) line.push(cell(r, c));
            out.push(line);
          }
          return out;
        };
        for (const p of wanted) {
          if (p === 'values' || p === 'numberFormat' || p === 'formulas') {
            if (isUnbounded(a)) throw new ExcelApiError('InvalidArgument', `${p} of an unbounded range`);
            cells += (a.bottom - a.top + 1) * (a.right - a.left + 1);
          }
          if (p === 'values')
            values.set(
              p,
              grid((r, c) => s.get(r, c) ?? ''),
            );
          else if (p === 'numberFormat')
            values.set(
              p,
              grid((r, c) => s.formatAt(r, c)),
            );
          else if (p === 'formulas')
            values.set(
              p,
              grid((r, c) => s.formulas.get(`${r},${c}`) ?? s.get(r, c) ?? ''),
            );
          else if (p === 'address') values.set(p, `${quotedName(s.name)}!${areaAddress(a)}`);
          else if (p === 'rowIndex') values.set(p, a.top);
          else if (p === 'columnIndex') values.set(p, a.left);
          else if (p === 'rowCount') values.set(p, a.bottom - a.top + 1);
          else if (p === 'columnCount') values.set(p, a.right - a.left + 1);
          else throw new Error(`the in-memory range cannot load ${p}`);
        }
      }
      return {
        bytes: jsonBytes([...values.values()]),
        cells,
        commit: () => values.forEach((v, k) => this.loaded.set(k, v)),
      };
    });
    return this;
  }

  merge(across = false): void {
    this.context.command(`merge ${this.where()}`, across, () => {
      const area = this.bounded('merge');
      const s = this.sheet.state();
      const rows = across
        ? Array.from({ length: area.bottom - area.top + 1 }, (_, i) => area.top + i)
        : [area.top];
      for (const top of rows)
        s.merges.push({ top, left: area.left, bottom: across ? top : area.bottom, right: area.right });
    });
  }

  select(): void {
    this.context.command(`select ${this.where()}`, undefined, () => {
      this.area();
      this.context.excel.active = this.sheet.state().name;
      this.context.excel.selection = `${this.sheet.state().name}!${areaAddress(this.area())}`;
    });
  }

  getMergedAreasOrNullObject(): XlRangeAreas {
    this.context.requireApi('1.13', 'getMergedAreasOrNullObject');
    return new MemoryMergedAreas(this.context, () => {
      const area = this.area();
      const s = this.sheet.state();
      const hits = s.merges.filter(
        (m) => m.top <= area.bottom && m.bottom >= area.top && m.left <= area.right && m.right >= area.left,
      );
      return hits.length === 0 ? null : hits.map((m) => `${quotedName(s.name)}!${areaAddress(m)}`).join(', ');
    });
  }
}

class MemoryMergedAreas implements XlRangeAreas {
  private readonly loaded = new Loaded();
  constructor(
    private readonly context: MemoryContext,
    private readonly compute: () => string | null,
  ) {}
  get isNullObject(): boolean {
    return this.loaded.get('isNullObject');
  }
  get address(): string {
    return this.loaded.get('address');
  }
  load(): unknown {
    this.context.load(() => {
      const address = this.compute();
      return {
        bytes: jsonBytes(address),
        cells: 0,
        commit: () => {
          this.loaded.set('isNullObject', address === null);
          if (address !== null) this.loaded.set('address', address);
        },
      };
    });
    return this;
  }
}
