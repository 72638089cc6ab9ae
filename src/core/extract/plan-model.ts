/** What `extractPlan` finds in a work-plan text (工作方案): the model a breakdown sheet is built from. */
import type { IsoDate } from '../dates';
import type { Deadline, Person } from '../model';

/** How a top-level section (一、…) is used: only task, phase, group and scoring sections make rows. */
export type SectionKind = 'preamble' | 'tasks' | 'phases' | 'groups' | 'scoring' | 'requirements';

export interface PlanSection {
  /** The heading as written, with its ordinal: 三、工作任务目标及分工. */
  heading: string;
  kind: SectionKind;
  /** 1-based line of the heading in the file (see ExtractOptions.firstLine). */
  line: number;
}

/** One person list of a task, for a scope when a target names several (企业养老保险直接责任人：…). */
export interface TaskPart {
  scope: string | null;
  persons: Person[];
}

export interface ExtractedTask {
  /** The top-level heading, then the sub-heading when tasks sit one level lower: 三、… / （二）…. */
  section: string;
  title: string;
  detail: string | null;
  /** 牵头单位 / 责任单位 as written; null when the plan does not say, '' when it leaves the field blank. */
  leadText: string | null;
  responsibleText: string | null;
  leadUnits: string[];
  responsibleUnits: string[];
  /** Every person of every part, in order. */
  persons: Person[];
  /** Several only when the plan assigns persons per scope. */
  parts: TaskPart[];
  /** The deadline as written (its own, or the one a requirement sets for it); '' when none. */
  deadlineText: string;
  deadline: Deadline;
  /** The work group that owns the task, for tasks made from groups. */
  group: string | null;
  line: number;
}

export interface PlanPhase {
  section: string;
  name: string;
  detail: string | null;
  /** The dates as written: 20xx年9月1日-9日. */
  dateText: string;
  start: IsoDate | null;
  end: IsoDate | null;
  line: number;
}

export interface WorkGroup {
  section: string;
  name: string;
  /** Names as written, titles kept: xxx（区局党组书记、局长）. */
  leaders: string[];
  deputies: string[];
  members: string[];
  /** 工作职责, one entry per numbered duty. */
  duties: string[];
  line: number;
}

export interface ScoreArea {
  section: string;
  name: string;
  /** Points of the area (十分制 → 10). */
  points: number | null;
  /** Score that earns the area a star (9分以上 → 9). */
  starAt: number | null;
}

export type PlaceholderKind = 'placeholder' | 'blank' | 'garbled';

/** Something the user has to fill or check: xxx, 20xx, an empty 牵头单位：, a repaired garbled line. */
export interface Placeholder {
  kind: PlaceholderKind;
  /** placeholder: the token (xxx); blank: the field label; garbled: the line after repair. */
  text: string;
  line: number;
  /** The cleaned line it was found on. */
  context: string;
}

export interface ExtractedPlan {
  /** Short name: 篇6 in a multi-plan file, else the title. */
  name: string;
  title: string;
  planYear: number;
  sections: PlanSection[];
  tasks: ExtractedTask[];
  phases: PlanPhase[];
  groups: WorkGroup[];
  scoreAreas: ScoreArea[];
  placeholders: Placeholder[];
}
