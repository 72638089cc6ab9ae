/** The user's column map (`--map lead=D,deadline=完成时限`) applied over what detection found. */
import { cellText, columnIndex, gridWidth } from '../grid';
import { COLUMN_ROLES, type ColumnRole } from '../model';
import { HEADER_SCAN_ROWS, type TableLayout } from './detect-table';
import { normalizeHeader } from './header-synonyms';
import type { MergedView } from './merged-view';

export type ColumnMap = Partial<Record<ColumnRole, string>>;

export function isColumnRole(name: string): name is ColumnRole {
  return (COLUMN_ROLES as readonly string[]).includes(name);
}

/** Column for a letter (D) or a header text as written in the header rows. */
function resolveColumn(
  spec: string,
  layout: TableLayout | null,
  view: MergedView,
  headerRow: number,
): number {
  const letter = columnIndex(spec.trim());
  if (letter >= 0 && /^[A-Za-z]{1,3}$/.test(spec.trim())) return letter;
  const wanted = normalizeHeader(spec);
  if (layout) {
    const hit = layout.headers.find(
      (h) =>
        normalizeHeader(h.text) === wanted ||
        h.text.split('/').some((part) => normalizeHeader(part) === wanted),
    );
    if (hit) return hit.col;
  }
  const width = gridWidth(view.grid);
  for (let c = 0; c < width; c++)
    if (normalizeHeader(cellText(view.value(headerRow, c))) === wanted) return c;
  return -1;
}

/** The first row where a mapped header text appears, for sheets detection could not read. */
function findHeaderRow(view: MergedView, map: ColumnMap, firstRow: number): number {
  const texts = Object.values(map)
    .filter((s): s is string => !!s && !/^[A-Za-z]{1,3}$/.test(s.trim()))
    .map(normalizeHeader);
  const width = gridWidth(view.grid);
  for (let r = firstRow; r < Math.min(firstRow + HEADER_SCAN_ROWS, view.grid.rows.length); r++) {
    for (let c = 0; c < width; c++) if (texts.includes(normalizeHeader(cellText(view.value(r, c))))) return r;
  }
  // Only letters given: the first row with text in the mapped task column is the header.
  const taskCol = map.task ? columnIndex(map.task.trim()) : -1;
  for (let r = firstRow; r < view.grid.rows.length; r++)
    if (taskCol >= 0 && cellText(view.value(r, taskCol))) return r;
  return firstRow;
}

export function applyColumnMap(
  view: MergedView,
  detected: TableLayout | null,
  map: ColumnMap,
  /** The top of the part of the sheet read (a selection's), where a header is looked for. */
  firstRow = 0,
): { layout: TableLayout | null; unresolved: string[] } {
  const headerRow = detected ? detected.headerTop : findHeaderRow(view, map, firstRow);
  const width = gridWidth(view.grid);
  const layout: TableLayout = detected
    ? { ...detected, columns: { ...detected.columns }, headers: detected.headers.map((h) => ({ ...h })) }
    : {
        headerTop: headerRow,
        headerBottom: headerRow,
        firstDataRow: headerRow + 1,
        columns: {},
        headers: Array.from({ length: width }, (_, col) => ({
          col,
          text: cellText(view.value(headerRow, col)),
          role: null,
        })),
        left: 0,
        right: Math.max(0, width - 1),
      };
  const unresolved: string[] = [];
  for (const [role, spec] of Object.entries(map) as [ColumnRole, string][]) {
    const col = resolveColumn(spec, detected, view, headerRow);
    if (col < 0) {
      unresolved.push(`${role}=${spec}`);
      continue;
    }
    // The column now plays only this role.
    for (const r of Object.keys(layout.columns) as ColumnRole[]) {
      const rest = (layout.columns[r] ?? []).filter((c) => c !== col);
      if (rest.length > 0) layout.columns[r] = rest;
      else delete layout.columns[r];
    }
    layout.columns[role] = [col];
    while (layout.headers.length <= col)
      layout.headers.push({ col: layout.headers.length, text: '', role: null });
    for (const h of layout.headers)
      if (h.role === role || h.col === col) h.role = h.col === col ? role : null;
  }
  if (!layout.columns.task) return { layout: null, unresolved };
  const used = Object.values(layout.columns).flat() as number[];
  layout.left = Math.min(...used);
  layout.right = Math.max(...used);
  return { layout, unresolved };
}
