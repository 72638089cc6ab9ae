/**
 * Finding the areas of a 星级评定: the sections when each section's points total the area's full
 * marks, else the tasks when each task is worth the full marks. Fewer areas than the pass grade
 * needs is not a star rating (达标 could never be reached), so no areas then.
 *
 * A section is a run of consecutive tasks under the same heading, as sheets list them; so each
 * area is one block of tracker rows and its formulas stay SUM/COUNT over that block, linear in
 * the number of tasks however many areas there are.
 */
import type { TrackedTask } from '../track/refresh';
import type { StarRules } from './star-rules';

export type AreaBasis = 'section' | 'task';

export type StarMark = 'earned' | 'missed' | 'pending';

export interface StarArea {
  /** The section, or the task's title. */
  name: string;
  /** Index of the area's first task in the model (and so in the tracker's rows). */
  first: number;
  tasks: number;
  points: number;
  score: number;
  /** Tasks of the area that carry a score. */
  scored: number;
  /** Pending while any task of the area is unscored. */
  mark: StarMark;
}

export interface StarAreas {
  basis: AreaBasis;
  areas: StarArea[];
}

interface Block {
  name: string;
  first: number;
  tasks: number;
}

export function starAreas(tasks: readonly TrackedTask[], rules: StarRules): StarAreas | null {
  const candidates: [AreaBasis, Block[] | null][] = [
    ['section', sectionBlocks(tasks)],
    ['task', tasks.map((t, i) => ({ name: t.task.title, first: i, tasks: 1 }))],
  ];
  for (const [basis, blocks] of candidates) {
    if (!blocks || blocks.length < rules.passStars) continue;
    const areas = blocks.map((b) => area(b, tasks, rules));
    // Points are summed as typed (3.3 + 3.3 + 3.4), so compare with a tolerance.
    if (areas.every((a) => Math.abs(a.points - rules.areaMax) < 1e-9)) return { basis, areas };
  }
  return null;
}

/** Runs of consecutive tasks with the same section; null when a task has none. */
function sectionBlocks(tasks: readonly TrackedTask[]): Block[] | null {
  const blocks: Block[] = [];
  for (let i = 0; i < tasks.length; i++) {
    const section = tasks[i].task.section;
    if (!section) return null;
    const last = blocks[blocks.length - 1];
    if (last && last.name === section) last.tasks++;
    else blocks.push({ name: section, first: i, tasks: 1 });
  }
  return blocks;
}

function area(block: Block, tasks: readonly TrackedTask[], rules: StarRules): StarArea {
  let points = 0;
  let score = 0;
  let scored = 0;
  for (let i = block.first; i < block.first + block.tasks; i++) {
    const t = tasks[i];
    points += t.points ?? 0;
    if (t.score !== null) {
      score += t.score;
      scored++;
    }
  }
  const mark: StarMark = scored < block.tasks ? 'pending' : score >= rules.starAt ? 'earned' : 'missed';
  return { ...block, points, score, scored, mark };
}
