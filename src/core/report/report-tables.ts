/**
 * The report's tables, defined once: the sheet stacks them in one worksheet and the Markdown prints
 * them, so both always show the same rows. Every table has the same seven columns.
 */
import type { StatusCounts } from '../summary';
import { personsText, statusWord } from '../sheets/tracker-sheet';
import type { SpecValue } from '../sheets/spec';
import { t, type Lang, type MessageKey } from '../../i18n';
import { share } from './format';
import type { MonthlyReport, ReportTask } from './report-model';

/** How a column's values are shown. */
export type CellKind = 'center' | 'text' | 'number' | 'percent' | 'signed' | 'date';

export interface ReportTable {
  /** The section heading, numbered: 一、总体情况. */
  heading: string;
  header: string[];
  kinds: CellKind[];
  rows: SpecValue[][];
  /** The column shown with in-cell data bars (shares from 0 to 1). */
  bar?: number;
}

const TOTAL_ROWS: (keyof StatusCounts)[] = [
  'total',
  'done',
  'on_track',
  'due_soon',
  'overdue',
  'ongoing',
  'no_deadline',
  'unscored',
];

export function reportTables(lang: Lang, report: MonthlyReport): ReportTable[] {
  const tr = (key: MessageKey, params?: Record<string, string | number>) => t(lang, key, params);
  const heading = (n: number, key: MessageKey, count?: number) =>
    tr('report.heading', {
      n: tr(`report.n${n}` as MessageKey),
      text: tr(key, { count: count ?? 0 }),
    });
  const itemHeader = (e: MessageKey, f: MessageKey, g: MessageKey) => [
    tr('report.col.no'),
    tr('col.task'),
    tr('col.lead'),
    tr('col.persons'),
    tr(e),
    tr(f),
    tr(g),
  ];
  const itemKinds: CellKind[] = ['center', 'text', 'text', 'text', 'date', 'number', 'text'];
  const item = (i: number, task: ReportTask, e: SpecValue, f: SpecValue, g: SpecValue): SpecValue[] => [
    i + 1,
    task.title,
    task.lead.join('、') || null,
    personsText(lang, task.persons) || null,
    e,
    f,
    g,
  ];
  return [
    {
      heading: heading(1, 'report.sec.totals'),
      header: [
        tr('report.col.no'),
        tr('report.col.item'),
        tr('report.col.count'),
        tr('report.col.share'),
        report.previous
          ? tr('report.col.previousAsOf', { date: report.previous.asOf })
          : tr('report.col.previous'),
        tr('report.col.change'),
        tr('report.col.units'),
      ],
      kinds: ['center', 'text', 'number', 'percent', 'number', 'signed', 'text'],
      rows: totalRows(lang, report),
    },
    {
      heading: heading(2, 'report.sec.units'),
      header: [
        tr('report.col.rank'),
        tr('report.col.unit'),
        tr('report.col.tasks'),
        statusWord(lang, 'done'),
        statusWord(lang, 'overdue'),
        statusWord(lang, 'due_soon'),
        tr('report.col.rate'),
      ],
      kinds: ['center', 'text', 'number', 'number', 'number', 'number', 'percent'],
      rows: report.units.map((u) => [u.rank, u.name, u.total, u.done, u.overdue, u.due_soon, u.rate]),
      bar: 6,
    },
    {
      heading: heading(3, 'report.sec.overdue', report.overdue.length),
      header: itemHeader('col.due', 'report.col.daysOverdue', 'report.col.note'),
      kinds: itemKinds,
      rows: report.overdue.map((o, i) => item(i, o, { date: o.due }, o.days, o.note)),
    },
    {
      heading: heading(4, 'report.sec.completed', report.completed.length),
      header: itemHeader('col.doneDate', 'col.due', 'col.progress'),
      kinds: ['center', 'text', 'text', 'text', 'date', 'date', 'text'],
      rows: report.completed.map((c, i) =>
        item(i, c, { date: c.doneDate }, c.due ? { date: c.due } : null, c.note),
      ),
    },
    {
      heading: heading(5, 'report.sec.dueNext', report.dueNext.length),
      header: itemHeader('col.due', 'col.daysLeft', 'report.col.note'),
      kinds: itemKinds,
      rows: report.dueNext.map((d, i) => item(i, d, { date: d.due }, d.daysLeft, d.note)),
    },
    {
      heading: heading(6, 'report.sec.missed', report.missed.length),
      header: itemHeader('report.col.reportDate', 'report.col.daysLate', 'col.deadline'),
      kinds: itemKinds,
      rows: report.missed.map((m, i) => item(i, m, { date: m.date }, m.days, m.deadline || null)),
    },
  ];
}

function totalRows(lang: Lang, report: MonthlyReport): SpecValue[][] {
  const { counts, previous } = report;
  const overdueUnits = overdueLeads(report).join('、') || null;
  return TOTAL_ROWS.filter((name) => name !== 'unscored' || report.hasScoring).map((name, i) => {
    const before = previous ? previous.counts[name] : null;
    return [
      i + 1,
      name === 'total' || name === 'unscored' ? t(lang, `report.count.${name}`) : statusWord(lang, name),
      counts[name],
      share(counts[name], counts.total),
      before,
      before === null ? null : counts[name] - before,
      name === 'overdue' ? overdueUnits : null,
    ];
  });
}

/** The lead units of the overdue tasks, each once, most overdue first. */
export function overdueLeads(report: MonthlyReport): string[] {
  return [...new Set(report.overdue.flatMap((o) => o.lead))];
}
