/** Units in a cell: names kept as written, a （牵头） marker makes the unit a lead. */
import { splitList } from './split-list';

export interface UnitMention {
  name: string;
  /** Marked as lead in the cell itself, e.g. 区财政局（牵头）. */
  markedLead: boolean;
}

const LEAD_MARKER = /[（(【\[]\s*(?:牵头|牽頭|牵头单位|牽頭單位|主办|主辦|lead)\s*[）)】\]]/i;

export function splitUnits(text: string): UnitMention[] {
  const seen = new Set<string>();
  const units: UnitMention[] = [];
  for (const item of splitList(text)) {
    const markedLead = LEAD_MARKER.test(item);
    const name = item.replace(LEAD_MARKER, '').trim();
    if (!name || seen.has(name)) continue;
    seen.add(name);
    units.push({ name, markedLead });
  }
  return units;
}

export interface UnitRoles {
  leadUnits: string[];
  responsibleUnits: string[];
}

/**
 * Lead and responsible units of a task. With a lead column, its units lead; otherwise a unit
 * marked （牵头） leads, else the first unit listed (the 列第一位的为牵头单位 convention).
 * Responsible units never repeat a lead.
 */
export function assignUnits(leadText: string | null, responsibleText: string | null): UnitRoles {
  const fromLead = leadText === null ? [] : splitUnits(leadText);
  const fromResponsible = responsibleText === null ? [] : splitUnits(responsibleText);
  const marked = fromResponsible.filter((u) => u.markedLead).map((u) => u.name);
  let leadUnits: string[];
  if (leadText !== null) leadUnits = [...fromLead.map((u) => u.name), ...marked];
  else if (marked.length > 0) leadUnits = marked;
  else leadUnits = fromResponsible.slice(0, 1).map((u) => u.name);
  leadUnits = [...new Set(leadUnits)];
  const responsibleUnits = fromResponsible.map((u) => u.name).filter((name) => !leadUnits.includes(name));
  return { leadUnits, responsibleUnits };
}
