/**
 * The tasks of a task section. Its numbered items are the tasks, and what is under an item (its text,
 * sub-items, 牵头单位/责任单位 lines) belongs to it — unless several sub-items carry their own units
 * or persons: then the item is a sub-heading and those sub-items are the tasks.
 */
import { parseFields, type Field, type FieldRole } from './fields';
import { headingOf, linesBelow, type OutlineNode } from './outline';
import { isNonTaskLabel } from './section-kind';
import { deadlineIn } from './stated-deadlines';

export interface TaskDraft {
  /** Top heading, then the sub-heading when tasks sit one level lower. */
  section: string;
  title: string;
  detail: string | null;
  fields: Field[];
  line: number;
}

const TASK_ROLES: ReadonlySet<FieldRole> = new Set(['lead', 'responsible', 'direct', 'handler', 'leader']);
const TITLE_END = /[。；;：:！？!?]/;
const QUOTED = /^[“"「『]([^”"」』]+)[”"」』]/;

/** Tasks of a section; items in `skip` (work groups) are left out. */
export function tasksIn(section: OutlineNode, skip: ReadonlySet<OutlineNode>): TaskDraft[] {
  return draftsUnder(section, headingOf(section), skip, true);
}

function draftsUnder(
  node: OutlineNode,
  path: string,
  skip: ReadonlySet<OutlineNode>,
  top: boolean,
): TaskDraft[] {
  const items = node.children.filter(
    (c) => !skip.has(c) && !isNonTaskLabel(splitTitle(parseFields(c.text).before).title),
  );
  if (items.length === 0) {
    if (!top) return [];
    // A section without items is a task only when it names units, persons or a date.
    const draft = draftOf(node, path, node.text);
    const says =
      draft.fields.some((f) => TASK_ROLES.has(f.role)) || deadlineIn(`${draft.detail ?? ''}`) !== null;
    return says && node.body.length > 0 ? [draft] : [];
  }
  return items.flatMap((item) =>
    item.children.filter(carriesFields).length >= 2
      ? draftsUnder(item, `${path} / ${headingOf(item)}`, skip, false)
      : [draftOf(item, path, null)],
  );
}

function carriesFields(node: OutlineNode): boolean {
  return [node.text, ...node.body.map((l) => l.text)].some((t) =>
    parseFields(t).fields.some((f) => TASK_ROLES.has(f.role)),
  );
}

/** A task from a node; `title` given for a section that is itself the task (its heading is the title). */
function draftOf(node: OutlineNode, section: string, title: string | null): TaskDraft {
  const own = parseFields(node.text);
  const fields: Field[] = [...own.fields];
  const detail: string[] = [];
  let taskTitle: string;
  if (title === null) {
    const split = splitTitle(own.before);
    taskTitle = split.title;
    if (split.rest) detail.push(split.rest);
    if (own.after) detail.push(own.after);
  } else {
    taskTitle = title;
  }
  for (const text of linesBelow(node)) {
    const line = parseFields(text);
    fields.push(...line.fields.filter((f) => f.role !== 'duties'));
    if (line.before) detail.push(line.before);
    if (line.after) detail.push(line.after);
  }
  return {
    section,
    title: taskTitle,
    detail: detail.length > 0 ? detail.join('\n') : null,
    fields,
    line: node.line,
  };
}

/** The first sentence is the title (a quoted target is the whole quote); the rest is detail. */
function splitTitle(text: string): { title: string; rest: string } {
  const quoted = QUOTED.exec(text);
  if (quoted) return { title: quoted[1].trim(), rest: trimRest(text.slice(quoted[0].length)) };
  const end = text.search(TITLE_END);
  if (end < 0) return { title: text.trim(), rest: '' };
  if (end === 0) return splitTitle(text.slice(1));
  return { title: text.slice(0, end).trim(), rest: trimRest(text.slice(end + 1)) };
}

function trimRest(text: string): string {
  return text.replace(/^[\s。；;：:！？!?，,]+/, '').trim();
}
