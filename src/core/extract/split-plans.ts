/**
 * A file that holds several plans, each opened by a line such as 文明社区创建工作方案 篇6 (how
 * collections of 范文 are published). What comes before the first such line is the page's own
 * preamble and belongs to no plan.
 */
import { removeGlosses } from './glosses';

export interface PlanText {
  /** 篇6; null for a file holding a single plan. */
  name: string | null;
  /** The text before 篇N on the opening line; null when the plan names none. */
  title: string | null;
  text: string;
  /** 1-based line of the plan's first line in the whole file. */
  firstLine: number;
}

/** A title (no sentence in it) and 篇N or 第N篇 closing the line. */
const OPENING =
  /^([^。，,；;：:]{0,60}?)\s*(篇\s*[0-9０-９]{1,3}|第\s*[0-9０-９一二三四五六七八九十]{1,3}\s*篇)$/u;

export function splitPlans(text: string): PlanText[] {
  const lines = text.split(/\r\n|\r|\n/);
  const plans: (Omit<PlanText, 'text'> & { lines: string[] })[] = [];
  lines.forEach((line, i) => {
    const m = OPENING.exec(removeGlosses(line).replace(/^[\s\u3000\ufeff]+|[\s\u3000]+$/g, ''));
    if (m)
      plans.push({ name: m[2].replace(/\s+/g, ''), title: m[1].trim() || null, lines: [], firstLine: i + 2 });
    else plans.at(-1)?.lines.push(line);
  });
  if (plans.length === 0) return [{ name: null, title: null, text, firstLine: 1 }];
  return plans.map(({ lines: own, ...plan }) => ({ ...plan, text: own.join('\n') }));
}
