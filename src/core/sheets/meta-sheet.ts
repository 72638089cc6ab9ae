/**
 * The hidden sheet that marks a workbook as tracked: which sheets the tool owns, the source sheet,
 * the options of the last build, and report snapshots. Plain cells, so Excel, WPS, LibreOffice and
 * exceljs all keep it (custom XML parts do not survive those round trips).
 */
import { cellText, type Grid } from '../grid';
import { t, type Lang } from '../../i18n';
import type { SheetSpec, SpecValue } from './spec';

export const META_SHEET_NAME = '_respmatrix';
export const META_MARKER = 'respmatrix';
export const META_VERSION = '1';

/** The sheet roles the tool generates. */
export const GENERATED_ROLES = [
  'tracker',
  'matrix',
  'units',
  'persons',
  'stars',
  'months',
  'report',
] as const;
export type GeneratedRole = (typeof GENERATED_ROLES)[number];

export interface Meta {
  source: string | null;
  lang: Lang | null;
  asOf: string | null;
  planYear: number | null;
  dueSoonDays: number | null;
  map: string | null;
  /** The part of the source sheet read (B3:H40); null: the whole sheet. */
  range: string | null;
  /** Role → sheet name of the generated sheets. */
  sheets: Partial<Record<string, string>>;
  /** Any other entries (report snapshots and the like), kept as they are. */
  extra: Map<string, string>;
}

export function emptyMeta(): Meta {
  return {
    source: null,
    lang: null,
    asOf: null,
    planYear: null,
    dueSoonDays: null,
    map: null,
    range: null,
    sheets: {},
    extra: new Map(),
  };
}

/** Reads the meta sheet; null when the grid is not one of ours. */
export function readMeta(grid: Grid): Meta | null {
  const pairs = new Map<string, string>();
  for (const row of grid.rows) {
    const key = cellText(row?.[0] ?? null);
    if (key) pairs.set(key, cellText(row?.[1] ?? null));
  }
  if (pairs.get('marker') !== META_MARKER) return null;
  const meta = emptyMeta();
  for (const [key, value] of pairs) {
    if (key === 'marker' || key === 'version' || key === 'note') continue;
    if (key === 'source') meta.source = value || null;
    else if (key === 'lang') meta.lang = value === 'en-US' ? 'en-US' : value === 'zh-CN' ? 'zh-CN' : null;
    else if (key === 'asOf') meta.asOf = value || null;
    else if (key === 'planYear') meta.planYear = Number(value) || null;
    else if (key === 'dueSoonDays')
      meta.dueSoonDays = value === '' || isNaN(Number(value)) ? null : Number(value);
    else if (key === 'map') meta.map = value || null;
    else if (key === 'range') meta.range = value || null;
    else if (key.startsWith('sheet:')) meta.sheets[key.slice('sheet:'.length)] = value;
    else meta.extra.set(key, value);
  }
  return meta;
}

export function metaSheet(lang: Lang, meta: Meta): SheetSpec {
  const rows: SpecValue[][] = [
    ['marker', META_MARKER],
    ['version', META_VERSION],
    ['note', t(lang, 'meta.note')],
    ['source', meta.source],
    ['lang', meta.lang],
    ['asOf', meta.asOf],
    ['planYear', meta.planYear],
    ['dueSoonDays', meta.dueSoonDays],
    ['map', meta.map],
    ['range', meta.range],
    ...Object.entries(meta.sheets).map(([role, name]): SpecValue[] => [`sheet:${role}`, name ?? null]),
    ...[...meta.extra].map(([key, value]): SpecValue[] => [key, value]),
  ];
  return {
    role: 'meta',
    name: META_SHEET_NAME,
    preamble: [],
    columns: [
      { header: 'key', width: 20 },
      { header: 'value', width: 60 },
    ],
    rows,
    state: 'veryHidden',
  };
}
