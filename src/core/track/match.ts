/**
 * Matching the source's tasks to the entries of an earlier tracker, so typed values stay on their
 * task through reordered, inserted, deleted and edited rows. Passes go from certain to likely;
 * a fuzzy match must be the best for both sides, and anything not matched is reported.
 */
import { matchText, similarity } from './fingerprint';

export interface MatchSide {
  id: string;
  title: string;
  detail: string;
  lead: string;
}

/** Edited text still matches at this bigram similarity when the id also matches. */
const SAME_ID_SIMILARITY = 0.5;
/** Edited text matches on its own (ids renumbered too) only when this similar. */
const FUZZY_SIMILARITY = 0.75;
const MAX_FUZZY_COMPARISONS = 4_000_000;

/** Returns, for each task index, the index of its entry or -1. */
export function matchTasks(tasks: readonly MatchSide[], entries: readonly MatchSide[]): number[] {
  const result = new Array<number>(tasks.length).fill(-1);
  const taken = new Array<boolean>(entries.length).fill(false);
  const t = tasks.map(norm);
  const e = entries.map(norm);

  const pass = (same: (a: Norm, b: Norm) => boolean) => {
    for (let i = 0; i < t.length; i++) {
      if (result[i] >= 0) continue;
      for (let j = 0; j < e.length; j++) {
        if (!taken[j] && same(t[i], e[j])) {
          result[i] = j;
          taken[j] = true;
          break;
        }
      }
    }
  };
  pass((a, b) => a.text === b.text && a.id === b.id && a.lead === b.lead);
  pass((a, b) => a.text === b.text && a.id === b.id);
  pass((a, b) => a.text === b.text && a.lead === b.lead);
  pass((a, b) => a.text === b.text);
  pass((a, b) => a.id !== '' && a.id === b.id && similarity(a.text, b.text) >= SAME_ID_SIMILARITY);
  fuzzyPass(t, e, result, taken);
  return result;
}

interface Norm {
  id: string;
  text: string;
  lead: string;
}

function norm(side: MatchSide): Norm {
  return {
    id: side.id.trim(),
    text: matchText(side.title) + '|' + matchText(side.detail),
    lead: matchText(side.lead),
  };
}

/** Pairs left over whose texts are each other's best and similar enough. */
function fuzzyPass(t: Norm[], e: Norm[], result: number[], taken: boolean[]): void {
  const freeTasks = t.map((_, i) => i).filter((i) => result[i] < 0);
  const freeEntries = e.map((_, j) => j).filter((j) => !taken[j]);
  if (freeTasks.length === 0 || freeEntries.length === 0) return;
  // Past this many comparisons the leftovers are archived rather than guessed at: nothing is lost.
  if (freeTasks.length * freeEntries.length > MAX_FUZZY_COMPARISONS) return;
  // Quadratic in the leftovers only; a refresh leaves few.
  const best = (from: number, candidates: number[], score: (a: number, b: number) => number) => {
    let bestIndex = -1;
    let bestScore = 0;
    for (const c of candidates) {
      const s = score(from, c);
      if (s >= FUZZY_SIMILARITY && s > bestScore) {
        bestScore = s;
        bestIndex = c;
      }
    }
    return bestIndex;
  };
  const sim = (i: number, j: number) => similarity(t[i].text, e[j].text);
  for (const i of freeTasks) {
    const j = best(i, freeEntries, sim);
    if (j < 0 || taken[j]) continue;
    const stillFree = freeTasks.filter((ii) => result[ii] < 0);
    if (best(j, stillFree, (jj, ii) => sim(ii, jj)) !== i) continue;
    result[i] = j;
    taken[j] = true;
  }
}
