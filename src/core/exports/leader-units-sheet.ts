/**
 * 单位汇总 for the leaders: the report's unit ranking with every count, as values. Built here from
 * the same ranking as the 月报, so the two sheets of one export always agree.
 */
import type { ColumnSpec, SheetSpec, SpecValue, StyleKey } from '../sheets/spec';
import { statusWord } from '../sheets/tracker-sheet';
import { longDate } from '../report/format';
import { printSetup } from '../report/print';
import { textUnits } from '../sheets/row-heights';
import type { MonthlyReport, UnitRank } from '../report/report-model';
import { t, type Lang, type MessageKey } from '../../i18n';
import { columnLetters } from '../grid';

const PREAMBLE_ROWS = 2;
const HEADER_ROW = PREAMBLE_ROWS + 1;

interface Figure {
  header: string;
  width: number;
  style: StyleKey;
  value: (u: UnitRank) => SpecValue;
}

export function leaderUnitsSheet(lang: Lang, report: MonthlyReport, name: string): SheetSpec {
  const tr = (key: MessageKey) => t(lang, key);
  const count = (header: string, value: (u: UnitRank) => number): Figure => ({
    header,
    // Wide enough for the header on one line: 按进度推进 takes ten units.
    width: Math.max(7, textUnits(header) + 2),
    style: 'number',
    value,
  });
  const figures: Figure[] = [
    { header: tr('report.col.rank'), width: 6, style: 'center', value: (u) => u.rank },
    { header: tr('report.col.unit'), width: 20, style: 'wrap', value: (u) => u.name },
    count(tr('leaderUnits.col.lead'), (u) => u.lead),
    count(tr('leaderUnits.col.partner'), (u) => u.responsible),
    count(tr('report.col.tasks'), (u) => u.total),
    count(statusWord(lang, 'done'), (u) => u.done),
    count(statusWord(lang, 'on_track'), (u) => u.on_track),
    count(statusWord(lang, 'due_soon'), (u) => u.due_soon),
    count(statusWord(lang, 'overdue'), (u) => u.overdue),
    count(statusWord(lang, 'ongoing'), (u) => u.ongoing),
    count(statusWord(lang, 'no_deadline'), (u) => u.no_deadline),
    ...(report.hasScoring ? [count(tr('status.unscored'), (u) => u.unscored)] : []),
    { header: tr('report.col.rate'), width: 16, style: 'percent', value: (u) => u.rate },
    ...(report.hasScoring
      ? [count(tr('col.points'), (u) => u.points), count(tr('col.score'), (u) => u.score)]
      : []),
  ];
  const columns: ColumnSpec[] = figures.map(({ header, width, style }) => ({ header, width, style }));
  const rows = report.units.map((u) => figures.map((f) => f.value(u)));
  const title = t(lang, report.title ? 'leaderUnits.titleNamed' : 'leaderUnits.title', {
    title: report.title,
  });
  const rate = columnLetters(figures.findIndex((f) => f.style === 'percent'));
  return {
    role: 'units',
    name,
    preamble: [
      { values: [title], style: 'title', merge: true },
      {
        values: [t(lang, 'leaderUnits.subtitle', { date: longDate(lang, report.asOf) })],
        style: 'subtitle',
        merge: true,
      },
    ],
    columns,
    rows,
    dataBars:
      rows.length > 0
        ? [{ range: `${rate}${HEADER_ROW + 1}:${rate}${HEADER_ROW + rows.length}`, color: '63BE7B' }]
        : [],
    freeze: { rows: HEADER_ROW, columns: 2 },
    print: printSetup(lang, title, report.asOf, `${HEADER_ROW}:${HEADER_ROW}`),
    tabColor: '4472C4',
  };
}
