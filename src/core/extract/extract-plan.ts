/**
 * A work plan (工作方案) read into the model a breakdown sheet is built from: cleaned text, numbered
 * outline, then each top section by what its heading announces — tasks, phases, work groups, a
 * scoring scheme, requirements whose completion dates govern the tasks — and what is left to fill.
 */
import { parseDeadline, type DeadlineContext } from '../cells/deadline';
import { parseIso, type IsoDate } from '../dates';
import { cleanPlanText, type CleanLine } from './clean-text';
import { parseFields } from './fields';
import { groupTask } from './group-tasks';
import { groupsIn } from './groups';
import { headingOf, linesBelow, outlineOf, type OutlineNode } from './outline';
import { phasesIn } from './phases';
import type {
  ExtractedPlan,
  ExtractedTask,
  Placeholder,
  PlanPhase,
  PlanSection,
  ScoreArea,
  WorkGroup,
} from './plan-model';
import { scoreAreasIn } from './scoring';
import { sectionKind } from './section-kind';
import { completionDeadlines } from './stated-deadlines';
import { addFields, taskFromDraft } from './task-from-draft';
import { tasksIn } from './tasks';

export interface ExtractOptions {
  asOf: IsoDate;
  /** Year of 20xx and of dates without one; default: a year in the title, else asOf's. */
  planYear?: number;
  /** Title and short name from the file's 篇N line; default: the first title-like line. */
  title?: string;
  name?: string;
  /** Line of the text's first line in its file, so every line number points into the file. */
  firstLine?: number;
}

const TITLE_LIKE = /(?:方案|计划|計劃|意见|意見|安排|细则|細則|要点|要點|通知|办法|辦法)$/;
const YEAR = /(20\d\d)\s*年/;
const DEFAULT_TITLE = '工作方案';

export function extractPlan(text: string, options: ExtractOptions): ExtractedPlan {
  const clean = cleanPlanText(text, options.firstLine);
  const title = options.title ?? titleOf(clean.lines) ?? DEFAULT_TITLE;
  const titleYear = YEAR.exec(title);
  const planYear = options.planYear ?? (titleYear ? Number(titleYear[1]) : parseIso(options.asOf).year);
  const ctx: DeadlineContext = { asOf: options.asOf, planYear };
  const root = outlineOf(clean.lines);

  const sections: PlanSection[] = [];
  const tasks: ExtractedTask[] = [];
  const phases: PlanPhase[] = [];
  const groups: WorkGroup[] = [];
  let scoreAreas: ScoreArea[] = [];
  const byTitle = new Map<string, ExtractedTask>();
  for (const node of root.children) {
    const heading = headingOf(node);
    let kind = sectionKind(node.text);
    const found = groupsIn(node);
    groups.push(...found.map((f) => f.group));
    const groupTasks = found.filter((f) => f.group.duties.length > 0).map((f) => groupTask(f.group, ctx));
    tasks.push(...groupTasks);
    if (kind === 'phases') {
      const inSection = phasesIn(node, ctx);
      if (inSection) phases.push(...inSection);
      else if (node.children.length > 0) kind = 'tasks';
    }
    if (kind === 'scoring')
      scoreAreas.push(...scoreAreasIn([node.text, ...linesBelow(node)], heading, false));
    if (kind === 'tasks') {
      const skip = new Set(found.flatMap((f) => (f.node ? [f.node] : [])));
      for (const draft of tasksIn(node, skip)) {
        // A list that assigns persons to targets stated earlier adds to those targets.
        const same = byTitle.get(comparable(draft.title));
        if (same && same.section !== draft.section) {
          addFields(same, draft.fields);
          continue;
        }
        const task = taskFromDraft(draft, ctx);
        byTitle.set(comparable(task.title), task);
        tasks.push(task);
      }
    }
    if (groupTasks.length > 0 && kind !== 'tasks') kind = 'groups';
    sections.push({ heading, kind, line: node.line });
  }
  if (scoreAreas.length === 0) scoreAreas = scoreAreasAnywhere(root);
  applyRequirementDeadlines(root, sections, tasks, ctx);
  return {
    name: options.name ?? title,
    title,
    planYear,
    sections,
    tasks,
    phases,
    groups,
    scoreAreas,
    placeholders: [...clean.placeholders, ...blanksIn(clean.lines)].sort((a, b) => a.line - b.line),
  };
}

function titleOf(lines: readonly CleanLine[]): string | null {
  const head = lines.slice(0, 5).find((l) => TITLE_LIKE.test(l.text) && l.text.length <= 50);
  return head ? head.text : null;
}

/** Titles compared without quotes, spaces and end punctuation. */
function comparable(title: string): string {
  return title.replace(/[“”"「」『』\s。；;，,：:]/g, '');
}

/** A scheme stated with its scale outside a scoring section (在…中分成十个方面，十分制). */
function scoreAreasAnywhere(root: OutlineNode): ScoreArea[] {
  for (const node of root.children) {
    const areas = scoreAreasIn([node.text, ...linesBelow(node)], headingOf(node), true);
    if (areas.length > 0) return areas;
  }
  return [];
}

/**
 * A requirement such as 各项目标任务必须在20xx年5月30日前全面完成 sets the deadline of the tasks it
 * names — those of the section whose heading it mentions (目标任务), else every task — when they
 * state none of their own.
 */
function applyRequirementDeadlines(
  root: OutlineNode,
  sections: PlanSection[],
  tasks: ExtractedTask[],
  ctx: DeadlineContext,
): void {
  root.children.forEach((node, i) => {
    if (sections[i].kind !== 'requirements') return;
    for (const stated of completionDeadlines([node.text, ...linesBelow(node)].join('。'))) {
      const named = root.children
        .filter(
          (other, k) =>
            sections[k].kind === 'tasks' && other.text.length >= 2 && stated.sentence.includes(other.text),
        )
        .map(headingOf);
      for (const task of tasks) {
        const governed =
          named.length === 0 || named.some((h) => task.section === h || task.section.startsWith(`${h} / `));
        if (!governed || task.deadlineText) continue;
        task.deadlineText = stated.text;
        task.deadline = parseDeadline(stated.text, ctx);
      }
    }
  });
}

/** Fields the plan names but leaves empty (牵头单位：), for the user to fill. */
function blanksIn(lines: readonly CleanLine[]): Placeholder[] {
  return lines.flatMap((line) =>
    parseFields(line.text)
      .fields.filter((f) => f.value === '' && f.role !== 'duties')
      .map((f): Placeholder => ({ kind: 'blank', text: f.label, line: line.line, context: line.text })),
  );
}
