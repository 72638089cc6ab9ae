/**
 * An extracted plan laid out as a breakdown sheet (任务分解表): a title, the header `track` knows,
 * a heading row per section, one row per task (per scope when a task assigns persons per scope),
 * phase and score-area rows, and which cells hold something the user must fill or check.
 */
import type { Person, PersonRole } from '../model';
import type { ExtractedPlan, ExtractedTask } from './plan-model';
import { hasPlaceholder } from './placeholders';

export const BREAKDOWN_HEADERS = {
  id: '序号',
  section: '分类',
  task: '工作任务',
  detail: '具体内容',
  lead: '牵头单位',
  responsible: '责任单位',
  direct: '直接责任人',
  leader: '责任领导',
  handler: '承办人',
  deadline: '完成时限',
  points: '分值',
  score: '得分',
  progress: '进展情况',
  completion: '完成情况',
} as const;
export type BreakdownColumn = keyof typeof BREAKDOWN_HEADERS;
export type BreakdownValue = string | number | null;

export interface BreakdownHeading {
  kind: 'section';
  text: string;
}

export interface BreakdownItem {
  kind: 'item';
  cells: Partial<Record<BreakdownColumn, BreakdownValue>>;
  /** Cells holding a placeholder, a blank the plan left, or text mended from garbling. */
  highlight: BreakdownColumn[];
  /** Cells that repeat the row above (one task, several scopes): merged with it. */
  mergeWithAbove: BreakdownColumn[];
}

export interface BreakdownSheet {
  title: string;
  columns: BreakdownColumn[];
  rows: (BreakdownHeading | BreakdownItem)[];
}

type ItemDraft = Omit<BreakdownItem, 'kind' | 'highlight'>;

const SHARED_BY_PARTS: readonly BreakdownColumn[] = ['section', 'task', 'lead', 'responsible', 'deadline'];
/** Shorter texts are too common to say they came from a mended line. */
const MIN_MENDED_MATCH = 4;

export function breakdownSheet(plan: ExtractedPlan): BreakdownSheet {
  const hasLeaders = plan.tasks.some((t) => t.persons.some((p) => p.role === 'leader'));
  const columns = (Object.keys(BREAKDOWN_HEADERS) as BreakdownColumn[]).filter(
    (c) =>
      (c !== 'leader' || hasLeaders) && ((c !== 'points' && c !== 'score') || plan.scoreAreas.length > 0),
  );
  const mended = plan.placeholders.filter((p) => p.kind === 'garbled').map((p) => p.text);
  const rows: (BreakdownHeading | BreakdownItem)[] = [];
  let n = 0;
  for (const { heading } of plan.sections) {
    const inSection = (section: string) => section === heading || section.startsWith(`${heading} / `);
    const items: ItemDraft[] = [
      ...plan.tasks.filter((t) => inSection(t.section)).flatMap((t) => taskRows(t, ++n)),
      ...plan.phases
        .filter((p) => p.section === heading)
        .map((p) =>
          item({ id: ++n, section: p.section, task: p.name, detail: p.detail, deadline: p.dateText }),
        ),
      ...plan.scoreAreas
        .filter((a) => a.section === heading)
        .map((a) => item({ id: ++n, section: a.section, task: a.name, points: a.points })),
    ];
    if (items.length === 0) continue;
    rows.push({ kind: 'section', text: heading });
    for (const row of items) rows.push({ kind: 'item', ...row, highlight: highlighted(row.cells, mended) });
  }
  return { title: titleOf(plan), columns, rows };
}

function taskRows(task: ExtractedTask, id: number): ItemDraft[] {
  const parts =
    task.parts.length > 1 ? task.parts : [{ scope: task.parts[0]?.scope ?? null, persons: task.persons }];
  return parts.map((part, k) => ({
    cells: {
      id: parts.length > 1 ? `${id}.${k + 1}` : id,
      section: task.section,
      task: task.title,
      detail: parts.length > 1 ? (part.scope ?? task.detail) : (task.detail ?? part.scope),
      lead: task.leadText,
      responsible: task.responsibleText,
      direct: names(part.persons, 'direct'),
      leader: names(part.persons, 'leader'),
      handler: names(part.persons, 'handler'),
      deadline: task.deadlineText || null,
    },
    mergeWithAbove: k > 0 ? [...SHARED_BY_PARTS] : [],
  }));
}

function item(cells: BreakdownItem['cells']): ItemDraft {
  return { cells, mergeWithAbove: [] };
}

/** 张伟（副局长）、李强: titles kept in brackets, as the reader splits them again. */
function names(persons: readonly Person[], role: PersonRole): string | null {
  const of = persons.filter((p) => p.role === role);
  return of.length === 0 ? null : of.map((p) => (p.title ? `${p.name}（${p.title}）` : p.name)).join('、');
}

function highlighted(cells: BreakdownItem['cells'], mended: readonly string[]): BreakdownColumn[] {
  return (Object.keys(cells) as BreakdownColumn[]).filter((c) => {
    const value = cells[c];
    if (typeof value !== 'string') return false;
    // '' is a unit field the plan names but leaves blank (牵头单位：), null one it never mentions.
    if (value === '') return c === 'lead' || c === 'responsible';
    if (hasPlaceholder(value)) return true;
    return (
      c !== 'section' &&
      mended.some((m) => value.includes(m) || (value.length >= MIN_MENDED_MATCH && m.includes(value)))
    );
  });
}

function titleOf(plan: ExtractedPlan): string {
  const year = /20\d\d\s*年/.test(plan.title) ? '' : `${plan.planYear}年`;
  // Plans sharing a file and a title (篇1…篇14) tell their sheets apart by name.
  const name = plan.name === plan.title ? '' : `（${plan.name}）`;
  return `${year}${plan.title}${name}任务分解表`;
}
