/**
 * Finding the task table: which rows are the header (one row, or two with merged group cells
 * such as 责任分工 over 牵头单位 / 配合单位) and which column plays which role.
 */
import { cellAddress, cellText, gridWidth } from '../grid';
import type { ColumnRole, Warning } from '../model';
import { roleOfHeader, type RoleMatch } from './header-synonyms';
import type { MergedView } from './merged-view';

/** Rows scanned for a header: title rows and notes rarely take more. */
export const HEADER_SCAN_ROWS = 30;

export interface HeaderColumn {
  col: number;
  /** The header as written; for two header rows `group/name`. */
  text: string;
  role: ColumnRole | null;
}

export interface TableLayout {
  /** 0-based first and last header rows. */
  headerTop: number;
  headerBottom: number;
  firstDataRow: number;
  /** Columns for each role; unit and person roles may take several columns, the others one. */
  columns: Partial<Record<ColumnRole, number[]>>;
  headers: HeaderColumn[];
  left: number;
  right: number;
}

/** Roles that may span several columns (their values are joined). */
const MULTI_COLUMN_ROLES: ReadonlySet<ColumnRole> = new Set([
  'lead',
  'responsible',
  'direct',
  'leader',
  'handler',
]);

/** Roles that, with a task column, make a row look like the header of a task table. */
const SUPPORTING_ROLES: readonly ColumnRole[] = [
  'lead',
  'responsible',
  'deadline',
  'direct',
  'leader',
  'handler',
  'completion',
  'progress',
  'points',
  'score',
];

interface Candidate {
  layout: TableLayout;
  warnings: Warning[];
  score: number;
}

/** The header is looked for in the 30 rows from `firstRow` (the top of a selection, else the sheet's). */
export function detectTable(
  view: MergedView,
  firstRow = 0,
): { layout: TableLayout; warnings: Warning[] } | null {
  const width = gridWidth(view.grid);
  const scanEnd = Math.min(firstRow + HEADER_SCAN_ROWS, view.grid.rows.length);
  let best: Candidate | null = null;
  for (let r = firstRow; r < scanEnd; r++) {
    const single = candidateAt(view, r, r, width);
    if (single && (!best || single.score > best.score)) best = single;
    if (r + 1 < view.grid.rows.length && looksLikeTwoRowHeader(view, r, width)) {
      const double = candidateAt(view, r, r + 1, width);
      if (double && (!best || double.score > best.score)) best = double;
    }
  }
  return best ? { layout: best.layout, warnings: best.warnings } : null;
}

/** A two-row header has a group cell merged across columns, or cells merged down both rows. */
function looksLikeTwoRowHeader(view: MergedView, top: number, width: number): boolean {
  for (let c = 0; c < width; c++) {
    const m = view.mergeAt(top, c);
    if (
      m &&
      m.top === top &&
      m.left === c &&
      (m.right > m.left || m.bottom > m.top) &&
      cellText(view.value(top, c))
    ) {
      if (m.right > m.left && m.bottom === top) return true;
      if (m.bottom === top + 1) return true;
    }
  }
  return false;
}

function distinctCells(view: MergedView, row: number, width: number): number {
  const seen = new Set<string>();
  for (let c = 0; c < width; c++) {
    if (!cellText(view.value(row, c))) continue;
    const m = view.mergeAt(row, c);
    seen.add(m ? `${m.top},${m.left}` : `${row},${c}`);
  }
  return seen.size;
}

interface HeaderCell {
  text: string;
  match: RoleMatch | null;
  /** The name came from the lower of two header rows. */
  fromLower: boolean;
}

function headerTextAt(view: MergedView, top: number, bottom: number, col: number): HeaderCell {
  const upper = cellText(view.value(top, col));
  const single = { text: upper, match: roleOfHeader(upper), fromLower: false };
  if (top === bottom) return single;
  const lower = cellText(view.value(bottom, col));
  const m = view.mergeAt(bottom, col);
  const mergedDown = m !== null && m.top <= top;
  if (mergedDown || !lower || lower === upper) return single;
  const match = roleOfHeader(lower);
  if (!upper) return { text: lower, match, fromLower: match !== null };
  // The lower cell names the column; the group above helps when the lower name alone says nothing.
  return {
    text: `${upper}/${lower}`,
    match: match ?? roleOfHeader(upper + lower),
    fromLower: match !== null,
  };
}

function candidateAt(view: MergedView, top: number, bottom: number, width: number): Candidate | null {
  const sheet = view.grid.sheetName;
  const headers: HeaderColumn[] = [];
  const matches: { col: number; match: RoleMatch; text: string }[] = [];
  let namedByLower = 0;
  for (let c = 0; c < width; c++) {
    const { text, match, fromLower } = headerTextAt(view, top, bottom, c);
    headers.push({ col: c, text, role: null });
    if (match) matches.push({ col: c, match, text });
    if (fromLower) namedByLower++;
  }
  // A second header row must name columns itself (else it is the first data row), and the upper
  // row must hold several cells (one cell merged across everything is a title, not a group).
  if (bottom > top && (namedByLower === 0 || distinctCells(view, top, width) < 2)) return null;
  const warnings: Warning[] = [];
  const columns: Partial<Record<ColumnRole, number[]>> = {};
  // Exact names first, so a keyword match never takes a role an exact name claims.
  const ordered = [...matches].sort((a, b) => b.match.strength - a.match.strength || a.col - b.col);
  for (const { col, match, text } of ordered) {
    let role = match.role;
    if (role === 'task' && columns.task) role = 'detail';
    const taken = columns[role];
    if (taken && !MULTI_COLUMN_ROLES.has(role)) {
      warnings.push({
        code: 'duplicate_column',
        sheet,
        cell: cellAddress(top, col),
        params: { header: text, role },
      });
      continue;
    }
    if (match.alternatives.length > 0) {
      warnings.push({
        code: 'ambiguous_header',
        sheet,
        cell: cellAddress(top, col),
        params: { header: text, roles: [role, ...match.alternatives].join(','), chosen: role },
      });
    }
    columns[role] = [...(taken ?? []), col].sort((a, b) => a - b);
  }
  // A lone description column is the task.
  if (!columns.task && columns.detail) {
    columns.task = [columns.detail[0]];
    const rest = columns.detail.slice(1);
    if (rest.length > 0) columns.detail = rest;
    else delete columns.detail;
  }
  // Two description columns: the one further left is the task (工作任务 before 具体内容).
  if (columns.task && columns.detail && columns.detail[0] < columns.task[0]) {
    [columns.task, columns.detail] = [columns.detail, columns.task];
  }
  if (!columns.task) return null;
  const supporting = SUPPORTING_ROLES.filter((r) => columns[r]).length;
  if (supporting < 2) return null;

  for (const [role, cols] of Object.entries(columns) as [ColumnRole, number[]][]) {
    for (const col of cols) headers[col].role = role;
  }
  const used = Object.values(columns).flat() as number[];
  const layout: TableLayout = {
    headerTop: top,
    headerBottom: bottom,
    firstDataRow: bottom + 1,
    columns,
    headers,
    left: Math.min(...used),
    right: Math.max(...used),
  };
  const exact = matches.filter((m) => m.match.strength === 2).length;
  // More roles win, then exact names; on a tie the reading found first (the upper one) stays.
  const score = Object.keys(columns).length * 10 + exact - warnings.length;
  return { layout, warnings, score };
}
