/** 逾期清单: the overdue tasks, most overdue first, with who answers for them and the last progress note. */
import { personsText } from '../sheets/tracker-sheet';
import type { ColumnSpec, SheetSpec, SpecValue } from '../sheets/spec';
import { t, type Lang } from '../../i18n';
import { longDate } from './format';
import type { MonthlyReport } from './report-model';
import { printSetup } from './print';
import { wrappedRowHeights } from '../sheets/row-heights';

const PREAMBLE_ROWS = 2;

export function overdueSheet(lang: Lang, report: MonthlyReport, name: string): SheetSpec {
  const tr = (key: Parameters<typeof t>[1]) => t(lang, key);
  const title = t(lang, report.title ? 'overdue.titleNamed' : 'overdue.title', { title: report.title });
  const columns: ColumnSpec[] = [
    { header: tr('report.col.no'), width: 6, style: 'center' },
    { header: tr('col.task'), width: 32, style: 'wrap' },
    { header: tr('col.lead'), width: 16, style: 'wrap' },
    { header: tr('col.responsible'), width: 22, style: 'wrap' },
    { header: tr('col.persons'), width: 16, style: 'wrap' },
    { header: tr('col.deadline'), width: 14, style: 'wrap' },
    { header: tr('col.due'), width: 12, style: 'date' },
    { header: tr('report.col.daysOverdue'), width: 9, style: 'number' },
    { header: tr('report.col.note'), width: 36, style: 'wrap' },
  ];
  const rows: SpecValue[][] = report.overdue.map((o, i) => [
    i + 1,
    o.title,
    o.lead.join('、') || null,
    o.responsible.join('、') || null,
    personsText(lang, o.persons) || null,
    o.deadline || null,
    { date: o.due },
    o.days,
    o.note,
  ]);
  if (rows.length === 0) rows.push([null, tr('report.none')]);
  const headerRow = PREAMBLE_ROWS + 1;
  return {
    role: 'overdue',
    name,
    preamble: [
      { values: [title], style: 'title', merge: true },
      {
        values: [
          t(lang, 'overdue.subtitle', { date: longDate(lang, report.asOf), n: report.overdue.length }),
        ],
        style: 'subtitle',
        merge: true,
      },
    ],
    columns,
    rows,
    rowHeights: wrappedRowHeights(columns, rows),
    freeze: { rows: headerRow, columns: 2 },
    print: printSetup(lang, title, report.asOf, `${headerRow}:${headerRow}`),
    tabColor: 'C00000',
  };
}
