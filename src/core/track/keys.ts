/**
 * Stable task keys. A key is given once, when a task is first seen, and then travels with the
 * task's entries in the tracker (a hidden column), the per-unit exports and the merge.
 * New keys come from 序号/编号 when that id is unique in the sheet, else from the content.
 */
import type { Task } from '../model';
import { hash32, matchText } from './fingerprint';

export function newKey(task: Task, idIsUnique: boolean, used: Set<string>): string {
  const id = task.id?.trim();
  const base =
    idIsUnique && id ? id : `t${hash32([task.section, task.title, task.detail].map(matchText).join('|'))}`;
  let key = base;
  for (let n = 2; used.has(key); n++) key = `${base}~${n}`;
  used.add(key);
  return key;
}

/** Ids that appear exactly once among the tasks. */
export function uniqueIds(tasks: readonly Task[]): Set<string> {
  const counts = new Map<string, number>();
  for (const t of tasks) {
    const id = t.id?.trim();
    if (id) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, n]) => n === 1).map(([id]) => id));
}
