/**
 * A work group with duties as a task the group owns: the group leads, its members are the
 * responsible units, its leaders and deputies the persons directly responsible (titled 组长 / 副组长
 * unless a title is written), its duties the content and the first date they set the deadline.
 */
import { parseDeadline, type DeadlineContext } from '../cells/deadline';
import { splitPersons } from '../cells/persons';
import { assignUnits } from '../cells/units';
import type { Person } from '../model';
import type { ExtractedTask, WorkGroup } from './plan-model';
import { deadlineIn } from './stated-deadlines';

/** Characters only Traditional text uses, common in group names and headings. */
const TRADITIONAL = /[組區與為於們個時會後發開關長導領織團經黨縣鎮]/;

export function groupTask(group: WorkGroup, ctx: DeadlineContext): ExtractedTask {
  const traditional = TRADITIONAL.test(group.name + group.section);
  const persons = [
    ...titled(group.leaders, traditional ? '組長' : '组长'),
    ...titled(group.deputies, traditional ? '副組長' : '副组长'),
  ];
  const responsibleText = group.members.length > 0 ? group.members.join('、') : null;
  const units = assignUnits(group.name, responsibleText);
  const deadlineText = deadlineIn(group.duties.join('\n')) ?? '';
  return {
    section: group.section,
    title: group.name,
    detail: group.duties.length > 0 ? group.duties.join('\n') : null,
    leadText: group.name,
    responsibleText,
    leadUnits: units.leadUnits,
    responsibleUnits: units.responsibleUnits,
    persons,
    parts: [{ scope: null, persons }],
    deadlineText,
    deadline: parseDeadline(deadlineText || null, ctx),
    group: group.name,
    line: group.line,
  };
}

function titled(names: readonly string[], title: string): Person[] {
  return names
    .flatMap((name) => splitPersons(name, 'direct'))
    .map((p) => ({ ...p, title: p.title ?? title }));
}
