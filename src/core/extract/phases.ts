/**
 * Phases of a plan: （一）宣传发动阶段（20xx年9月1日—9日）, or a phase whose dates open its text
 * (（一）准备阶段 ⏎ 3月11日-4月15日，…). An item is a phase when it has dates or is called a 阶段;
 * a 实施步骤 section whose steps are neither is read as tasks instead.
 */
import { parseDeadline, type DeadlineContext } from '../cells/deadline';
import { headingOf, linesBelow, type OutlineNode } from './outline';
import type { PlanPhase } from './plan-model';

const DATE = '(?:(?:20\\d\\d|20[xX]{2})\\s*年\\s*)?\\d{1,2}\\s*月';
/** Dates in brackets after the name: 宣传发动阶段(20xx年9月1日-9日). */
const BRACKETED = new RegExp(`^(.*?)\\s*[（(]([^（）()]*${DATE}[^（）()]*)[）)]\\s*[。.:：,，;；]?\\s*`, 'u');
/** Dates opening a text: 3月11日-4月15日, 20xx年4月-11月底. */
const LEADING = new RegExp(
  `^(${DATE}(?:\\s*\\d{1,2}\\s*[日号號])?(?:\\s*[-—–~～至到]\\s*(?:\\d{1,2}\\s*月)?(?:\\s*\\d{1,2}\\s*[日号號]?)?)?(?:底|末|[上中下]旬)?(?:前|之前|以前|起)?)[\\s。.:：,，;；]*`,
  'u',
);
const NAME_END = /[。.:：,，;；（(]/;
const PHASE_WORD = /[阶階]段/;

/** The phases of a section, or null when its items are not phases. */
export function phasesIn(section: OutlineNode, ctx: DeadlineContext): PlanPhase[] | null {
  const phases: PlanPhase[] = [];
  for (const item of section.children) {
    const phase = phaseOf(item, headingOf(section), ctx);
    if (phase) phases.push(phase);
  }
  return phases.length > 0 ? phases : null;
}

function phaseOf(item: OutlineNode, section: string, ctx: DeadlineContext): PlanPhase | null {
  let name: string;
  let dateText = '';
  let rest: string;
  const bracketed = BRACKETED.exec(item.text);
  if (bracketed && bracketed[1]) {
    name = bracketed[1];
    dateText = bracketed[2].trim();
    rest = item.text.slice(bracketed[0].length);
  } else {
    const end = item.text.search(NAME_END);
    name = end < 0 ? item.text : item.text.slice(0, end);
    rest = end < 0 ? '' : item.text.slice(end + 1).trim();
  }
  const below = linesBelow(item);
  if (!dateText) {
    // The dates may open the rest of the line or the first line under it.
    const source = rest ? 'rest' : 'below';
    const m = LEADING.exec(source === 'rest' ? rest : (below[0] ?? ''));
    if (m) {
      dateText = m[1].trim();
      if (source === 'rest') rest = rest.slice(m[0].length);
      else below[0] = below[0].slice(m[0].length);
    }
  }
  if (!dateText && !PHASE_WORD.test(name)) return null;
  const deadline = dateText ? parseDeadline(dateText, ctx) : null;
  const detail = [rest, ...below].filter((t) => t.length > 0).join('\n');
  return {
    section,
    name: name.trim(),
    detail: detail || null,
    dateText,
    start: deadline?.start ?? null,
    end: deadline?.due ?? null,
    line: item.line,
  };
}
