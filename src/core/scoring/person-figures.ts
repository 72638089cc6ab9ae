/** Per-person figures: tasks by role, total, overdue and done, as of the build. */
import type { PersonRole } from '../model';
import type { TrackedTask } from '../track/refresh';

export interface PersonFigures {
  name: string;
  /** The first title given in brackets after the name, if any. */
  title: string | null;
  /** Tasks per role; a task counts once per role even if the name is repeated. */
  roles: Record<PersonRole, number>;
  /** Distinct tasks the person is on, whatever the role. */
  tasks: number;
  overdue: number;
  done: number;
}

/** One entry per name, in order of first mention. */
export function personFigures(tasks: readonly TrackedTask[]): PersonFigures[] {
  const byName = new Map<string, PersonFigures>();
  for (const tracked of tasks) {
    const seen = new Set<string>();
    for (const person of tracked.task.persons) {
      let figures = byName.get(person.name);
      if (!figures) {
        figures = {
          name: person.name,
          title: null,
          roles: { direct: 0, leader: 0, handler: 0 },
          tasks: 0,
          overdue: 0,
          done: 0,
        };
        byName.set(person.name, figures);
      }
      figures.title ??= person.title;
      const roleKey = `${person.name}\u0000${person.role}`;
      if (!seen.has(roleKey)) {
        seen.add(roleKey);
        figures.roles[person.role]++;
      }
      if (!seen.has(person.name)) {
        seen.add(person.name);
        figures.tasks++;
        if (tracked.status === 'overdue') figures.overdue++;
        if (tracked.status === 'done') figures.done++;
      }
    }
  }
  return [...byName.values()];
}
