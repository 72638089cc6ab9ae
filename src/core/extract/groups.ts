/**
 * Work groups written as fields: 组长：…；副组长：…；成员：…, then 工作职责 with numbered duties.
 * A group is either a numbered item (1、消防安全工作组) or a block in a section's text, named by the
 * 成立…领导小组 sentence before it. Names that run on over the next lines (one deputy a line) are kept.
 */
import { splitList } from '../cells/split-list';
import { parseFields, type FieldRole } from './fields';
import { headingOf, type OutlineNode } from './outline';
import type { WorkGroup } from './plan-model';

type MemberRole = 'groupLeader' | 'deputy' | 'members';
const MEMBER_ROLES: ReadonlySet<FieldRole> = new Set(['groupLeader', 'deputy', 'members']);
const FOUNDED =
  /成立(?:了)?(.{2,40}?(?:领导小组|領導小組|工作小组|工作小組|工作组|工作組|指挥部|指揮部|委员会|委員會|小组|小組))/g;
/** A line that carries on a list of names: short, no sentence in it. */
const CONTINUATION = /^[^。；;:：]{1,40}$/;

export interface FoundGroup {
  group: WorkGroup;
  /** The numbered item the group was written as, so it is not read as a task too. */
  node: OutlineNode | null;
}

export function groupsIn(section: OutlineNode): FoundGroup[] {
  const found: FoundGroup[] = [];
  const inBody = groupOf(section, headingOf(section), true);
  if (inBody) found.push({ group: inBody, node: null });
  const visit = (node: OutlineNode) => {
    const group = groupOf(node, headingOf(section), false);
    if (group) found.push({ group, node });
    else node.children.forEach(visit);
  };
  section.children.forEach(visit);
  return found;
}

function groupOf(node: OutlineNode, section: string, isSection: boolean): WorkGroup | null {
  const lines = isSection ? node.body.map((l) => l.text) : [node.text, ...node.body.map((l) => l.text)];
  const lists: Record<MemberRole, string[]> = { groupLeader: [], deputy: [], members: [] };
  const duties: string[] = [];
  let last: MemberRole | null = null;
  let first = -1;
  lines.forEach((text, i) => {
    const { fields } = parseFields(text);
    if (fields.length === 0) {
      if (last && CONTINUATION.test(text)) lists[last].push(...splitList(text));
      else last = null;
      return;
    }
    for (const field of fields) {
      if (field.role === 'duties') {
        if (field.value) duties.push(field.value);
        last = null;
      } else if (MEMBER_ROLES.has(field.role)) {
        if (first < 0) first = i;
        last = field.role as MemberRole;
        lists[last].push(...splitList(field.value));
      }
    }
  });
  if (first < 0) return null;
  if (!isSection) duties.push(...node.children.map((c) => c.text));
  return {
    section,
    name: isSection ? (foundedName(lines.slice(0, first)) ?? node.text) : nameOf(node.text),
    leaders: lists.groupLeader,
    deputies: lists.deputy,
    members: lists.members,
    duties,
    line: isSection ? (node.body[first]?.line ?? node.line) : node.line,
  };
}

/** The last 成立…小组 named before the fields. */
function foundedName(lines: string[]): string | null {
  let name: string | null = null;
  for (const line of lines) for (const m of line.matchAll(FOUNDED)) name = m[1];
  return name;
}

function nameOf(text: string): string {
  return parseFields(text).before.replace(/[\s:：。，,；;]+$/, '');
}
