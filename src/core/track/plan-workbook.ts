/**
 * Planning a build or refresh of the tracked workbook, the same for the CLI (exceljs) and the
 * add-in (Office.js): which sheet is the source, what an earlier build left, which sheets to
 * write under which names. Adapters only read grids and render the specs.
 */
import { monthOf } from '../dates';
import type { Grid } from '../grid';
import type { ColumnRole, ReadOptions } from '../model';
import { cellRangeText, parseCellRange, type CellArea } from '../read/cell-range';
import { readWorkbook, type LazySheet } from '../read/read-workbook';
import type { SheetReading } from '../read/read-sheet';
import { t, type Lang, type MessageKey } from '../../i18n';
import {
  emptyMeta,
  GENERATED_ROLES,
  META_SHEET_NAME,
  metaSheet,
  readMeta,
  type GeneratedRole,
  type Meta,
} from '../sheets/meta-sheet';
import { monthsSheet, readMonthNotes } from '../sheets/months-sheet';
import { claimSheetName } from '../sheets/sheet-names';
import type { SheetSpec } from '../sheets/spec';
import { trackerSheet } from '../sheets/tracker-sheet';
import { DEFAULT_DUE_SOON_DAYS } from '../status';
import { buildTrackModel, type MonthNotes, type PreviousTracker, type TrackModel } from './refresh';
import { readTrackerEntries } from './tracker-entries';
import { TRACK_VIEWS, type ViewContext } from './views';

export interface WorkbookView {
  /** Sheet names in workbook order. */
  sheetNames: readonly string[];
  grid(name: string): Grid;
}

export interface TrackRequest {
  asOf: string;
  lang: Lang;
  sheet?: string;
  planYear?: number;
  dueSoonDays?: number;
  map?: Partial<Record<ColumnRole, string>>;
  /** The part of the source sheet holding the table; null: the whole sheet; undefined: as saved. */
  range?: CellArea | null;
  /** The month (YYYY-MM) the 月报 covers; the as-of date's month by default. */
  reportMonth?: string;
  /** Monthly notes to add where 月度进度 has none for that task and month (progress units returned). */
  notes?: MonthNotes;
}

export type TrackPlan =
  | {
      ok: true;
      reading: SheetReading;
      /** The source's title, as the generated sheets show it. */
      title: string;
      model: TrackModel;
      /** Sheets of an earlier build to delete before the specs are written. */
      replace: string[];
      /** In the order to write them; the meta sheet last. */
      specs: SheetSpec[];
      names: Record<GeneratedRole, string>;
      meta: Meta;
    }
  | {
      ok: false;
      reason: 'sheet_not_found' | 'no_table' | 'unmapped';
      sheetsSearched: string[];
      unmapped?: string[];
    };

export function planTrackedWorkbook(view: WorkbookView, request: TrackRequest): TrackPlan {
  const meta = view.sheetNames.includes(META_SHEET_NAME) ? readMeta(view.grid(META_SHEET_NAME)) : null;
  const owned = new Set(
    meta ? Object.values(meta.sheets).filter((n): n is string => !!n && view.sheetNames.includes(n)) : [],
  );
  if (meta) owned.add(META_SHEET_NAME);

  const map = request.map ?? parseMap(meta?.map);
  const candidates: LazySheet[] = view.sheetNames
    .filter((name) => !owned.has(name) && name !== META_SHEET_NAME)
    .map((name) => ({ name, grid: () => view.grid(name) }));
  const sourceName =
    request.sheet ??
    (meta?.source && candidates.some((c) => c.name === meta.source) ? meta.source : undefined);
  // A saved range belongs to its sheet: it applies only while that sheet stays the source. One given
  // without a sheet applies to the sheet searched for.
  const savedRange = meta?.range && meta.source === sourceName ? parseCellRange(meta.range) : null;
  const range = request.range !== undefined ? request.range : savedRange;
  const options: ReadOptions = {
    asOf: request.asOf,
    // A workbook keeps the plan year it was built for: a January refresh must not move 20xx to the new year.
    planYear: request.planYear ?? meta?.planYear ?? undefined,
    dueSoonDays: request.dueSoonDays ?? meta?.dueSoonDays ?? DEFAULT_DUE_SOON_DAYS,
    map,
    ...(range ? { range } : {}),
  };
  const result = readWorkbook(candidates, options, sourceName);
  if (!result.ok) return { ok: false, reason: result.reason, sheetsSearched: result.sheetsSearched };
  const { reading } = result;
  if (reading.unmapped.length > 0)
    return { ok: false, reason: 'unmapped', sheetsSearched: [reading.sheet], unmapped: reading.unmapped };

  const previous = withNotes(readPrevious(view, meta, owned), request.notes);
  const model = buildTrackModel(reading, previous, {
    asOf: request.asOf,
    dueSoonDays: options.dueSoonDays ?? DEFAULT_DUE_SOON_DAYS,
    doneWord: t(request.lang, 'status.done'),
  });

  const others = view.sheetNames.filter((n) => !owned.has(n));
  const names = {} as Record<GeneratedRole, string>;
  const claimed: string[] = [];
  for (const role of GENERATED_ROLES) {
    const earlier = meta?.sheets[role];
    const wanted = earlier && owned.has(earlier) ? earlier : t(request.lang, `sheet.${role}` as MessageKey);
    names[role] = claimSheetName(wanted, [...others, ...claimed], []);
    claimed.push(names[role]);
  }

  const title = titleOf(reading);
  const earlier = (role: GeneratedRole): Grid | null => {
    const name = meta?.sheets[role];
    return name && owned.has(name) ? view.grid(name) : null;
  };
  // Views may keep entries in the meta sheet (the report its snapshot); the others stay as they were.
  const extra = new Map(meta?.extra ?? []);
  const context: ViewContext = {
    earlier,
    report: {
      title,
      month: request.reportMonth ?? monthOf(request.asOf),
      metaEntries: meta?.extra ?? new Map(),
      record: (key, value) => extra.set(key, value),
    },
  };
  const specs: SheetSpec[] = [
    trackerSheet(request.lang, model, names.tracker, title),
    ...TRACK_VIEWS.flatMap((build) => build(request.lang, model, names, context)),
    monthsSheet(request.lang, model, names.months),
  ];
  const written = new Set(specs.map((s) => s.role));
  const nextMeta: Meta = {
    ...(meta ?? emptyMeta()),
    source: reading.sheet,
    lang: request.lang,
    asOf: request.asOf,
    planYear: model.planYear,
    dueSoonDays: model.dueSoonDays,
    map: map && Object.keys(map).length > 0 ? JSON.stringify(map) : null,
    range: range ? cellRangeText(range) : null,
    sheets: Object.fromEntries(GENERATED_ROLES.filter((r) => written.has(r)).map((r) => [r, names[r]])),
    extra,
  };
  specs.push(metaSheet(request.lang, nextMeta));
  return { ok: true, reading, title, model, replace: [...owned], specs, names, meta: nextMeta };
}

function parseMap(text: string | null | undefined): Partial<Record<ColumnRole, string>> | undefined {
  if (!text) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' ? (value as Partial<Record<ColumnRole, string>>) : undefined;
  } catch {
    return undefined;
  }
}

function readPrevious(view: WorkbookView, meta: Meta | null, owned: Set<string>): PreviousTracker | null {
  const trackerName = meta?.sheets.tracker;
  if (!trackerName || !owned.has(trackerName)) return null;
  const entries = readTrackerEntries(view.grid(trackerName));
  if (!entries) return null;
  const monthsName = meta?.sheets.months;
  const notes = monthsName && owned.has(monthsName) ? readMonthNotes(view.grid(monthsName)) : new Map();
  return { entries, notes };
}

/** `notes` added to what the months sheet holds, never over a note typed there. */
function withNotes(previous: PreviousTracker | null, notes: MonthNotes | undefined): PreviousTracker | null {
  if (!previous || !notes || notes.size === 0) return previous;
  const merged: MonthNotes = new Map([...previous.notes].map(([key, byMonth]) => [key, new Map(byMonth)]));
  for (const [key, byMonth] of notes) {
    const kept = merged.get(key) ?? new Map<string, string>();
    for (const [month, text] of byMonth) if (!kept.has(month)) kept.set(month, text);
    merged.set(key, kept);
  }
  return { ...previous, notes: merged };
}

/** The source's title without the sheet kind and year: 创建省级文明城市工作测评任务分解表（2026年）→ 创建省级文明城市工作测评. */
function titleOf(reading: SheetReading): string {
  return (reading.title ?? '')
    .replace(/[（(]\s*\d{4}\s*年?\s*[）)]/g, '')
    .replace(/(?:任务分解表|责任分工表|分解表|督办台账|工作台账|台账|一览表)$/, '')
    .trim();
}
