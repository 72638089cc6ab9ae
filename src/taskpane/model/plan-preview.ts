/**
 * What the 方案 view shows of a pasted work plan before anything is written: per plan (a file may hold
 * several, 篇1…), its figures and its first rows as the breakdown sheet will hold them, with the cells
 * the sheet highlights flagged — to fill (xxx, 20xx, a blank unit) or to check (a mended line). The
 * breakdown sheet itself travels with the preview, so inserting writes exactly what was shown.
 */
import {
  breakdownSheet,
  type BreakdownColumn,
  type BreakdownItem,
  type BreakdownSheet,
} from '../../core/extract/breakdown-rows';
import type { NamedBreakdown } from '../../core/extract/breakdown-specs';
import { countsOf } from '../../core/extract/extract-json';
import { extractPlans, type PlansOptions } from '../../core/extract/extract-plans';
import { hasPlaceholder } from '../../core/extract/placeholders';

export type CellFlag = 'fill' | 'check';

export interface PreviewCell {
  /** As the sheet will hold it; '' when empty. */
  text: string;
  flag: CellFlag | null;
}

export interface PreviewRow {
  task: PreviewCell;
  lead: PreviewCell;
  responsible: PreviewCell;
  deadline: PreviewCell;
}

export interface PlanFigures {
  tasks: number;
  phases: number;
  groups: number;
  scoreAreas: number;
  /** Cells the sheet highlights for the user to fill or check. */
  flagged: number;
}

export interface PlanPreview {
  name: string;
  /** The sheet's title row. */
  title: string;
  figures: PlanFigures;
  /** The first rows: one per task, phase or score area. */
  rows: PreviewRow[];
  /** Rows of the sheet not shown. */
  more: number;
  sheet: BreakdownSheet;
}

export const PREVIEW_ROWS = 5;

export function previewPlans(text: string, options: PlansOptions, shown = PREVIEW_ROWS): PlanPreview[] {
  return extractPlans(text, options).map((plan) => {
    const sheet = breakdownSheet(plan);
    const items = sheet.rows.filter((r): r is BreakdownItem => r.kind === 'item');
    // A task split by scope fills several rows; the preview shows it once.
    const firsts = items.filter((item) => !item.mergeWithAbove.includes('task'));
    const counts = countsOf(plan);
    return {
      name: plan.name,
      title: sheet.title,
      figures: {
        tasks: counts.tasks,
        phases: counts.phases,
        groups: counts.groups,
        scoreAreas: counts.scoreAreas,
        flagged: items.reduce((n, item) => n + item.highlight.length, 0),
      },
      rows: firsts.slice(0, shown).map((item) => ({
        task: cellOf(item, 'task'),
        lead: cellOf(item, 'lead'),
        responsible: cellOf(item, 'responsible'),
        deadline: cellOf(item, 'deadline'),
      })),
      more: Math.max(0, firsts.length - shown),
      sheet,
    };
  });
}

/** A plan with no row to write makes no sheet. */
export function insertable(preview: PlanPreview): boolean {
  return preview.sheet.rows.length > 0;
}

export function namedBreakdowns(previews: readonly PlanPreview[]): NamedBreakdown[] {
  return previews.filter(insertable).map((p) => ({ name: p.name, sheet: p.sheet }));
}

function cellOf(item: BreakdownItem, column: BreakdownColumn): PreviewCell {
  const value = item.cells[column];
  const text = value === null || value === undefined ? '' : String(value);
  if (!item.highlight.includes(column)) return { text, flag: null };
  // The sheet highlights placeholders and blanks to fill, and text from a mended line to check.
  return { text, flag: text === '' || hasPlaceholder(text) ? 'fill' : 'check' };
}
