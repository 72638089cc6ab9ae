/** A task draft made into a task: units split, persons grouped by scope, its own deadline read. */
import { parseDeadline, type DeadlineContext } from '../cells/deadline';
import { splitPersons } from '../cells/persons';
import { assignUnits } from '../cells/units';
import type { Person, PersonRole } from '../model';
import type { Field, FieldRole } from './fields';
import type { ExtractedTask, TaskPart } from './plan-model';
import { deadlineIn } from './stated-deadlines';
import type { TaskDraft } from './tasks';

const PERSON_ROLE: Partial<Record<FieldRole, PersonRole>> = {
  direct: 'direct',
  handler: 'handler',
  leader: 'leader',
};

export function taskFromDraft(draft: TaskDraft, ctx: DeadlineContext): ExtractedTask {
  const deadlineText = deadlineIn(`${draft.title}\n${draft.detail ?? ''}`) ?? '';
  const task: ExtractedTask = {
    section: draft.section,
    title: draft.title,
    detail: draft.detail,
    leadText: null,
    responsibleText: null,
    leadUnits: [],
    responsibleUnits: [],
    persons: [],
    parts: [],
    deadlineText,
    deadline: parseDeadline(deadlineText || null, ctx),
    group: null,
    line: draft.line,
  };
  addFields(task, draft.fields);
  return task;
}

/**
 * Adds units and persons to a task: units the task lacks, persons as new parts. Used again when a
 * later list assigns persons to targets stated earlier (目标责任 after 目标任务).
 */
export function addFields(task: ExtractedTask, fields: readonly Field[]): void {
  const lead = joined(fields, 'lead');
  const responsible = joined(fields, 'responsible');
  if (task.leadText === null) task.leadText = lead;
  if (task.responsibleText === null) task.responsibleText = responsible;
  const units = assignUnits(task.leadText, task.responsibleText);
  task.leadUnits = units.leadUnits;
  task.responsibleUnits = units.responsibleUnits;
  task.parts.push(...partsOf(fields));
  task.persons = distinct(task.parts.flatMap((p) => p.persons));
}

function joined(fields: readonly Field[], role: FieldRole): string | null {
  const values = fields.filter((f) => f.role === role).map((f) => f.value);
  return values.length === 0 ? null : values.filter((v) => v.length > 0).join('、');
}

/** A scope (企业养老保险直接责任人) or a second 直接责任人 starts a new part. */
function partsOf(fields: readonly Field[]): TaskPart[] {
  const parts: TaskPart[] = [];
  let current: TaskPart | null = null;
  for (const field of fields) {
    const role = PERSON_ROLE[field.role];
    if (!role) continue;
    const repeated = role === 'direct' && current?.persons.some((p) => p.role === 'direct');
    if (!current || field.scope !== null || repeated) {
      current = { scope: field.scope, persons: [] };
      parts.push(current);
    }
    current.persons.push(...splitPersons(field.value, role));
  }
  return parts;
}

function distinct(persons: Person[]): Person[] {
  const seen = new Set<string>();
  return persons.filter((p) => {
    const key = `${p.role}\u0000${p.name}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
