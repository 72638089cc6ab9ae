/**
 * What the user sets in the pane, and where its defaults come from: the meta sheet of an earlier build
 * (so the next person who opens the file gets the same setup), else today and the defaults.
 */
import type { IsoDate } from '../../core/dates';
import type { ColumnRole, ReadOptions } from '../../core/model';
import { parseCellRange, type CellArea } from '../../core/read/cell-range';
import { isColumnRole, type ColumnMap } from '../../core/read/column-map';
import type { Meta } from '../../core/sheets/meta-sheet';
import { DEFAULT_DUE_SOON_DAYS } from '../../core/status';
import type { TrackRequest } from '../../core/track/plan-workbook';
import type { Lang } from '../../i18n';

export interface PaneSettings {
  /** The source sheet. */
  sheet: string;
  asOf: IsoDate;
  /** null: the year in the title, else the as-of date's. */
  planYear: number | null;
  dueSoonDays: number;
  /** Language of the generated sheets. */
  lang: Lang;
  /** The user's corrections of the detected columns: role → column letter. */
  map: ColumnMap;
  /** Only this part of the source sheet holds the table (a selection); null: the whole sheet. */
  range: CellArea | null;
}

/** The map a build saved in the meta sheet (JSON), keeping only known roles and letters. */
export function savedMap(text: string | null | undefined): ColumnMap {
  if (!text) return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // A map edited by hand into something unreadable is ignored, as the planner ignores it.
    return {};
  }
  const map: ColumnMap = {};
  if (value && typeof value === 'object') {
    for (const [role, spec] of Object.entries(value)) {
      if (isColumnRole(role) && typeof spec === 'string') map[role as ColumnRole] = spec;
    }
  }
  return map;
}

/** Settings for a workbook: what its meta sheet saved, else the defaults. */
export function initialSettings(
  sheet: string,
  meta: Meta | null,
  today: IsoDate,
  uiLang: Lang,
): PaneSettings {
  return {
    sheet,
    asOf: today,
    planYear: meta?.planYear ?? null,
    dueSoonDays: meta?.dueSoonDays ?? DEFAULT_DUE_SOON_DAYS,
    lang: meta?.lang ?? uiLang,
    map: meta && meta.source === sheet ? savedMap(meta.map) : {},
    range: meta?.range && meta.source === sheet ? parseCellRange(meta.range) : null,
  };
}

/** The reader's options for the pane's settings. */
export function readOptionsOf(settings: PaneSettings): ReadOptions {
  return {
    asOf: settings.asOf,
    planYear: settings.planYear ?? undefined,
    dueSoonDays: settings.dueSoonDays,
    map: settings.map,
    ...(settings.range ? { range: settings.range } : {}),
  };
}

export function trackRequest(settings: PaneSettings): TrackRequest & { sheet: string } {
  return {
    asOf: settings.asOf,
    lang: settings.lang,
    sheet: settings.sheet,
    planYear: settings.planYear ?? undefined,
    dueSoonDays: settings.dueSoonDays,
    // Always given, even empty, so a correction removed in the pane is removed from the workbook too.
    map: settings.map,
    range: settings.range,
  };
}
