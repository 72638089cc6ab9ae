/**
 * 月报: the report's tables stacked in one sheet under its title, as-of line and narrative. Values
 * only — a report states the figures of its date, so it reads the same next month.
 */
import { columnLetters } from '../grid';
import type { ColumnSpec, SheetSpec, SpecValue, StyleKey } from '../sheets/spec';
import { t, type Lang } from '../../i18n';
import { longDate } from './format';
import { monthParts } from './months';
import { reportNarrative } from './narrative';
import type { MonthlyReport } from './report-model';
import { reportTables, type CellKind, type ReportTable } from './report-tables';
import { printSetup } from './print';
import { linesHeight, wrappedLines, wrappedRowHeights } from '../sheets/row-heights';

const WIDTHS = [8, 34, 16, 18, 14, 12, 36];
const KIND_STYLES: Record<CellKind, StyleKey> = {
  center: 'center',
  text: 'wrap',
  number: 'number',
  percent: 'percent',
  signed: 'signed',
  date: 'date',
};
/** Most tables are task lists; the columns take their kinds and other tables restyle their cells. */
const COLUMN_KINDS: CellKind[] = ['center', 'text', 'text', 'text', 'date', 'number', 'text'];
const BAR_COLOR = '63BE7B';
/** Rows frozen and repeated on printed pages: the title and the as-of line. */
const TITLE_ROWS = 2;

/** 创建省级文明城市工作测评月报（2026年11月）; a year leading the title is left to the month. */
export function reportTitle(lang: Lang, report: MonthlyReport): string {
  const { year, month } = monthParts(report.month);
  const title = report.title.replace(/^\d{4}\s*年度?\s*/, '');
  return t(lang, title ? 'report.titleNamed' : 'report.title', {
    title,
    year,
    month,
    iso: report.month,
  });
}

export function reportSubtitle(lang: Lang, report: MonthlyReport): string {
  return t(lang, report.previous ? 'report.subtitleCompared' : 'report.subtitle', {
    date: longDate(lang, report.asOf),
    total: report.counts.total,
    previous: report.previous ? longDate(lang, report.previous.asOf) : '',
  });
}

export function reportSheet(lang: Lang, report: MonthlyReport, name: string): SheetSpec {
  const title = reportTitle(lang, report);
  const narrative = reportNarrative(lang, report);
  const [first, ...rest] = reportTables(lang, report);
  const preamble: SheetSpec['preamble'] = [
    { values: [title], style: 'title', merge: true },
    { values: [reportSubtitle(lang, report)], style: 'subtitle', merge: true },
    {
      values: [narrative],
      style: 'wrap',
      merge: true,
      height: linesHeight(
        wrappedLines(
          narrative,
          WIDTHS.reduce((a, b) => a + b, 0),
        ),
      ),
    },
    { values: [first.heading], style: 'section' },
  ];
  const headerRow = preamble.length + 1;
  const rows: SpecValue[][] = [];
  const rowStyles: NonNullable<SheetSpec['rowStyles']> = [];
  const rangeStyles: NonNullable<SheetSpec['rangeStyles']> = [];
  const dataBars: NonNullable<SheetSpec['dataBars']> = [];

  /** Adds a table's rows (or 无) with the styles and data bars of its columns. */
  const body = (table: ReportTable): void => {
    const top = headerRow + 1 + rows.length;
    if (table.rows.length === 0) rows.push([null, t(lang, 'report.none')]);
    else rows.push(...table.rows);
    if (table.rows.length === 0) return;
    const bottom = top + table.rows.length - 1;
    table.kinds.forEach((kind, c) => {
      if (kind === COLUMN_KINDS[c]) return;
      const letter = columnLetters(c);
      rangeStyles.push({ range: `${letter}${top}:${letter}${bottom}`, style: KIND_STYLES[kind] });
    });
    if (table.bar !== undefined) {
      const letter = columnLetters(table.bar);
      dataBars.push({ range: `${letter}${top}:${letter}${bottom}`, color: BAR_COLOR });
    }
  };

  body(first);
  for (const table of rest) {
    rows.push([]);
    rowStyles.push({ index: rows.length, style: 'section' });
    rows.push([table.heading]);
    rowStyles.push({ index: rows.length, style: 'header' });
    rows.push(table.header);
    body(table);
  }

  const columns: ColumnSpec[] = first.header.map((header, c) => ({
    header,
    width: WIDTHS[c],
    style: KIND_STYLES[COLUMN_KINDS[c]],
  }));
  return {
    role: 'report',
    name,
    preamble,
    columns,
    rows,
    rowStyles,
    rangeStyles,
    rowHeights: wrappedRowHeights(columns, rows),
    dataBars,
    freeze: { rows: TITLE_ROWS, columns: 0 },
    print: printSetup(lang, title, report.asOf, `1:${TITLE_ROWS}`),
    tabColor: 'C00000',
  };
}
