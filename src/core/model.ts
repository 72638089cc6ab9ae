/** The typed task list the reader produces and every view consumes. */
import type { CellArea } from './read/cell-range';
import type { IsoDate } from './dates';

/** What a source column means. */
export const COLUMN_ROLES = [
  'id',
  'section',
  'task',
  'detail',
  'lead',
  'responsible',
  'direct',
  'leader',
  'handler',
  'deadline',
  'points',
  'score',
  'progress',
  'completion',
  'doneDate',
  'remark',
] as const;
export type ColumnRole = (typeof COLUMN_ROLES)[number];

export type PersonRole = 'direct' | 'leader' | 'handler';

export interface Person {
  name: string;
  role: PersonRole;
  /** A title given in brackets after the name, e.g. 副局长 in 张伟（副局长）. */
  title: string | null;
}

export type DeadlineKind = 'date' | 'range' | 'recurring' | 'ongoing' | 'unparsed' | 'none';

export type RecurrenceUnit = 'week' | 'month' | 'quarter' | 'half' | 'year';

/** How a recurring deadline repeats, enough to list every occurrence in a year. */
export interface Recurrence {
  unit: RecurrenceUnit;
  /** For week: 0 = Sunday … 6 = Saturday. */
  weekday?: number;
  /** For year: the month (1–12). */
  month?: number;
  /** Day of the month, or 'end' for the last day; absent means the period's end. */
  day?: number | 'end';
}

export interface Deadline {
  text: string;
  kind: DeadlineKind;
  /** date → the date; range → its end; recurring → next occurrence on or after the as-of date. */
  due: IsoDate | null;
  start: IsoDate | null;
  /** Every date named, in order (for several milestones the last is due). */
  milestones: IsoDate[];
  recurrence?: Recurrence;
  /** The text used a placeholder year (20xx) that was read as the plan year. */
  placeholderYear?: boolean;
}

export type Status = 'done' | 'overdue' | 'due_soon' | 'on_track' | 'ongoing' | 'no_deadline';
export const STATUSES: readonly Status[] = [
  'done',
  'overdue',
  'due_soon',
  'on_track',
  'ongoing',
  'no_deadline',
];

export interface Task {
  /** 1-based source row (the first row when the task spans merged rows). */
  row: number;
  id: string | null;
  section: string | null;
  title: string;
  /** A second describing column (具体内容 beside 工作任务), kept apart. */
  detail: string | null;
  leadUnits: string[];
  responsibleUnits: string[];
  persons: Person[];
  deadline: Deadline;
  status: Status;
  done: boolean;
  points: number | null;
  score: number | null;
  unscored: boolean;
  progress: string | null;
  completion: string | null;
  doneDate: IsoDate | null;
  remark: string | null;
  /** A1 address of the cell each role was read from, for warnings and navigation. */
  cells: Partial<Record<ColumnRole, string>>;
}

export type WarningCode =
  | 'deadline_unparsed'
  | 'no_lead'
  | 'duplicate_id'
  | 'ambiguous_header'
  | 'duplicate_column'
  | 'placeholder_year'
  | 'placeholder'
  | 'no_task_text'
  | 'score_not_number'
  | 'score_over_points';

export interface Warning {
  code: WarningCode;
  sheet: string;
  /** A1 address, or null when the warning is about the sheet as a whole. */
  cell: string | null;
  /** Values for the message template (the text at fault, the column name…). */
  params: Record<string, string | number>;
}

export interface ReadOptions {
  asOf: IsoDate;
  /** Year for 20xx placeholders and dates without a year; default: a year in the title rows, else asOf's. */
  planYear?: number;
  dueSoonDays?: number;
  /** Role → column letter or header text, overriding detection. */
  map?: Partial<Record<ColumnRole, string>>;
  /** Only this part of the sheet holds the table (the user's selection); the whole sheet by default. */
  range?: CellArea;
}
