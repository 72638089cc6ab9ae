/** A sheet's cells → its task table → the typed task list, with warnings that name cells. */
import { parseDeadline, type DeadlineContext } from '../cells/deadline';
import { isDoneValue } from '../cells/completion';
import { readNumber } from '../cells/numbers';
import { splitPersons } from '../cells/persons';
import { assignUnits } from '../cells/units';
import { cellAddress, cellAt, cellText, columnLetters, type CellValue, type Grid } from '../grid';
import { parseIso } from '../dates';
import type { ColumnRole, Deadline, Person, PersonRole, ReadOptions, Task, Warning } from '../model';
import { DEFAULT_DUE_SOON_DAYS, statusOf } from '../status';
import { collapseSpaces } from '../text';
import { applyColumnMap } from './column-map';
import { cropGrid } from './crop-grid';
import { detectTable, type TableLayout } from './detect-table';
import { mergedView, type MergedView } from './merged-view';
import { yearInTitle } from './plan-year';
import { headingLevel, isChineseOrdinal, isFootnote, isTotalLabel } from './row-kinds';

export interface SheetReading {
  sheet: string;
  layout: TableLayout;
  planYear: number;
  /** The sheet has a points or a score column, so unscored items are tracked. */
  hasScoring: boolean;
  tasks: Task[];
  warnings: Warning[];
  /** `role=spec` entries of the column map that named no column. */
  unmapped: string[];
  /** The first text above the header (the sheet's title), if any. */
  title: string | null;
}

const PERSON_ROLES: readonly PersonRole[] = ['direct', 'leader', 'handler'];
const PLACEHOLDER = /x{2,}|X{2,}|某某|＊{2,}|\*{2,}/;

/** Reads the task table of one sheet, or returns null when the sheet holds none. */
export function readSheet(whole: Grid, options: ReadOptions): SheetReading | null {
  const grid = options.range ? cropGrid(whole, options.range) : whole;
  const view = mergedView(grid);
  const detected = detectTable(view, options.range?.top ?? 0);
  let layout = detected?.layout ?? null;
  const warnings: Warning[] = detected ? [...detected.warnings] : [];
  let unmapped: string[] = [];
  if (options.map && Object.keys(options.map).length > 0) {
    const mapped = applyColumnMap(view, layout, options.map, options.range?.top ?? 0);
    layout = mapped.layout;
    unmapped = mapped.unresolved;
  }
  if (!layout) return null;

  const planYear = options.planYear ?? yearInTitle(view, layout.headerTop) ?? parseIso(options.asOf).year;
  const ctx: DeadlineContext = { asOf: options.asOf, planYear };
  const hasScoring = !!(layout.columns.points || layout.columns.score);
  const reader = new RowReader(
    view,
    layout,
    ctx,
    options.dueSoonDays ?? DEFAULT_DUE_SOON_DAYS,
    hasScoring,
    warnings,
  );
  const tasks: Task[] = [];
  for (let r = layout.firstDataRow; r < grid.rows.length; r++) {
    const task = reader.read(r);
    if (task) tasks.push(task);
  }
  flagDuplicateIds(tasks, grid.sheetName, layout, warnings);
  const title = titleAbove(view, layout.headerTop);
  return { sheet: grid.sheetName, layout, planYear, hasScoring, tasks, warnings, unmapped, title };
}

class RowReader {
  private section: string | null = null;
  private topSection: string | null = null;
  private readonly sheet: string;
  private readonly headerTaskText: string;
  private readonly deadlines = new Map<string, Deadline>();
  /** The row being read: its shown values and texts by column, computed once per row. */
  private rowValues: CellValue[] = [];
  private rowTexts: string[] = [];
  /** Column letters per role, so a task's cell addresses cost a concatenation each. */
  private readonly letters: Partial<Record<ColumnRole, string>> = {};

  constructor(
    private readonly view: MergedView,
    private readonly layout: TableLayout,
    private readonly ctx: DeadlineContext,
    private readonly dueSoonDays: number,
    private readonly hasScoring: boolean,
    private readonly warnings: Warning[],
  ) {
    this.sheet = view.grid.sheetName;
    const taskCol = layout.columns.task?.[0];
    this.headerTaskText = taskCol === undefined ? '' : cellText(view.value(layout.headerBottom, taskCol));
    for (const [role, cols] of Object.entries(layout.columns) as [ColumnRole, number[]][]) {
      this.letters[role] = columnLetters(cols[0]);
    }
  }

  read(row: number): Task | null {
    const { layout, view } = this;
    // What decides whether the row is a task: its first own text, and its distinct cells (a merged
    // area counts once) — at most three are kept, since only a row of one or two can be a heading.
    let firstOwn = -1;
    const masters: { key: number; col: number; text: string; span: number }[] = [];
    const stride = layout.right + 1;
    const values: CellValue[] = [];
    const texts: string[] = [];
    this.rowValues = values;
    this.rowTexts = texts;
    for (let c = layout.left; c <= layout.right; c++) {
      const m = view.mergeAt(row, c);
      const value = m ? cellAt(view.grid, m.top, m.left) : cellAt(view.grid, row, c);
      const text = cellText(value);
      values[c] = value;
      texts[c] = text;
      if (!text) continue;
      if (firstOwn < 0 && (!m || (m.top === row && m.left === c))) firstOwn = c;
      if (masters.length < 3) {
        const key = m ? m.top * stride + m.left : row * stride + c;
        if (!masters.some((x) => x.key === key))
          masters.push({ key, col: c, text, span: m ? m.right - m.left + 1 : 1 });
      }
    }
    // A row made only of cells merged down from above adds nothing of its own.
    if (firstOwn < 0) return null;
    const firstText = texts[firstOwn];
    if (isFootnote(firstText)) return null;
    if (masters.length <= 2 && this.isSectionRow(masters)) return null;

    const title = this.text('task');
    const detail = this.text('detail');
    if (!title && !detail) {
      if (!isTotalLabel(firstText)) {
        this.warnings.push({
          code: 'no_task_text',
          sheet: this.sheet,
          cell: cellAddress(row, firstOwn),
          params: {},
        });
      }
      return null;
    }
    const id = this.text('id');
    if ((title && isTotalLabel(title)) || (id && isTotalLabel(id))) return null;
    if (title === this.headerTaskText && row <= layout.headerBottom + 2) return null;
    return this.buildTask(row, id || null, title || detail, title ? detail || null : null);
  }

  /** A heading merged across the table, or an 一、/（一） line with nothing else on the row. */
  private isSectionRow(masters: { col: number; text: string; span: number }[]): boolean {
    const { columns } = this.layout;
    const isRoleCol = (col: number, roles: ColumnRole[]) => roles.some((r) => columns[r]?.includes(col));
    const substantive: ColumnRole[] = ['lead', 'responsible', 'deadline', 'direct', 'leader', 'handler'];
    let heading: string | null = null;
    if (masters.length === 1) {
      const [only] = masters;
      const wide = only.span >= Math.min(3, this.layout.right - this.layout.left + 1);
      if (wide || (headingLevel(only.text) > 0 && !isRoleCol(only.col, substantive))) heading = only.text;
    } else if (masters.length === 2 && columns.id) {
      const ordinal = masters.find((m) => columns.id?.includes(m.col) && isChineseOrdinal(m.text));
      const other = masters.find((m) => m !== ordinal);
      if (ordinal && other && !isRoleCol(other.col, substantive)) {
        heading = /[）)]$/.test(ordinal.text)
          ? `${ordinal.text}${other.text}`
          : `${ordinal.text.replace(/[、.．]$/, '')}、${other.text}`;
      }
    }
    if (heading === null) return false;
    const text = collapseSpaces(heading);
    if (headingLevel(text) === 2 && this.topSection) {
      this.section = `${this.topSection} / ${text}`;
    } else {
      this.topSection = text;
      this.section = text;
    }
    return true;
  }

  /** The shown value of a role's first column on the row being read. */
  private value(role: ColumnRole): CellValue {
    const col = this.layout.columns[role]?.[0];
    return col === undefined ? null : (this.rowValues[col] ?? null);
  }

  /** Text of a role's columns on the row being read; several columns are joined with 、. */
  private text(role: ColumnRole): string {
    const cols = this.layout.columns[role];
    if (!cols) return '';
    if (cols.length === 1) return this.rowTexts[cols[0]] ?? '';
    return cols
      .map((c) => this.rowTexts[c] ?? '')
      .filter((t) => t.length > 0)
      .join('、');
  }

  private address(row: number, role: ColumnRole): string | undefined {
    const letters = this.letters[role];
    return letters === undefined ? undefined : `${letters}${row + 1}`;
  }

  private warn(code: Warning['code'], row: number, role: ColumnRole, params: Warning['params']): void {
    this.warnings.push({ code, sheet: this.sheet, cell: this.address(row, role) ?? null, params });
  }

  private buildTask(row: number, id: string | null, title: string, detail: string | null): Task {
    const { columns } = this.layout;
    const leadText = columns.lead ? this.text('lead') : null;
    const responsibleText = columns.responsible ? this.text('responsible') : null;
    const { leadUnits, responsibleUnits } = assignUnits(leadText, responsibleText);
    if (leadUnits.length === 0) this.warn('no_lead', row, columns.lead ? 'lead' : 'task', { task: title });
    for (const unit of [...leadUnits, ...responsibleUnits]) {
      if (PLACEHOLDER.test(unit))
        this.warn('placeholder', row, leadUnits.includes(unit) ? 'lead' : 'responsible', { text: unit });
    }

    const persons: Person[] = [];
    for (const role of PERSON_ROLES) {
      const text = this.text(role);
      if (text) persons.push(...splitPersons(text, role));
    }

    const deadline = this.deadline(this.value('deadline'));
    if (deadline.kind === 'unparsed')
      this.warn('deadline_unparsed', row, 'deadline', { text: deadline.text });
    if (deadline.placeholderYear)
      this.warn('placeholder_year', row, 'deadline', { text: deadline.text, year: this.ctx.planYear });

    const points = this.number(row, 'points');
    const score = this.number(row, 'score');
    if (points !== null && score !== null && score > points)
      this.warn('score_over_points', row, 'score', { score, points });

    const completionValue = this.value('completion');
    const completion = cellText(completionValue) || null;
    const doneDateValue = this.value('doneDate');
    const doneDateReading = doneDateValue === null ? null : parseDeadline(doneDateValue, this.ctx);
    const doneDate = doneDateReading?.kind === 'date' ? doneDateReading.due : null;
    const done = isDoneValue(completionValue) || (completion === null && doneDate !== null);
    const status = statusOf(deadline, done, this.ctx.asOf, this.dueSoonDays);
    const sectionText = columns.section ? this.text('section') || this.section : this.section;

    const cells: Task['cells'] = {};
    for (const role of Object.keys(columns) as ColumnRole[]) cells[role] = this.address(row, role);
    return {
      row: row + 1,
      id,
      section: sectionText,
      title,
      detail,
      leadUnits,
      responsibleUnits,
      persons,
      deadline,
      status,
      done,
      points,
      score,
      unscored: this.hasScoring && score === null && (done || status === 'overdue'),
      progress: this.text('progress') || null,
      completion,
      doneDate,
      remark: this.text('remark') || null,
      cells,
    };
  }

  /** A sheet repeats its deadline texts (6月底前, 长期坚持…): each is parsed once per reading. */
  private deadline(value: CellValue): Deadline {
    if (typeof value !== 'string') return parseDeadline(value, this.ctx);
    let deadline = this.deadlines.get(value);
    if (!deadline) {
      deadline = parseDeadline(value, this.ctx);
      this.deadlines.set(value, deadline);
    }
    return deadline;
  }

  private number(row: number, role: 'points' | 'score'): number | null {
    const value = this.value(role);
    const reading = readNumber(value);
    if (reading.invalid) this.warn('score_not_number', row, role, { text: cellText(value) });
    return reading.value;
  }
}

function titleAbove(view: MergedView, headerTop: number): string | null {
  for (let r = 0; r < headerTop; r++) {
    for (const value of view.grid.rows[r] ?? []) {
      const text = cellText(value);
      if (text) return collapseSpaces(text);
    }
  }
  return null;
}

function flagDuplicateIds(tasks: Task[], sheet: string, layout: TableLayout, warnings: Warning[]): void {
  if (!layout.columns.id) return;
  const firstRow = new Map<string, number>();
  for (const task of tasks) {
    if (!task.id) continue;
    const seen = firstRow.get(task.id);
    if (seen === undefined) firstRow.set(task.id, task.row);
    else
      warnings.push({
        code: 'duplicate_id',
        sheet,
        cell: task.cells.id ?? null,
        params: { id: task.id, other: seen },
      });
  }
}
