/** The monthly report as Markdown: the same title, narrative and tables as the 月报 sheet. */
import { isDateValue, isFormula, type SpecValue } from '../sheets/spec';
import { t, type Lang } from '../../i18n';
import { percentText } from './format';
import { reportNarrative } from './narrative';
import type { MonthlyReport } from './report-model';
import { reportSubtitle, reportTitle } from './report-sheet';
import { reportTables, type CellKind } from './report-tables';

function cellText(value: SpecValue, kind: CellKind): string {
  if (value === null) return '';
  if (isFormula(value)) return cellText(value.result, kind);
  if (isDateValue(value)) return value.date;
  if (typeof value === 'number') {
    if (kind === 'percent') return percentText(value);
    if (kind === 'signed' && value > 0) return `+${value}`;
  }
  // A pipe would end the cell and a line break the row.
  return String(value).replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

function row(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

export function reportMarkdown(lang: Lang, report: MonthlyReport): string {
  const lines = [
    `# ${reportTitle(lang, report)}`,
    '',
    reportSubtitle(lang, report),
    '',
    reportNarrative(lang, report),
  ];
  for (const table of reportTables(lang, report)) {
    lines.push('', `## ${table.heading}`, '');
    if (table.rows.length === 0) {
      lines.push(t(lang, 'report.none'));
      continue;
    }
    lines.push(row(table.header));
    lines.push(row(table.kinds.map((k) => (k === 'text' ? '---' : ':---:'))));
    for (const r of table.rows) lines.push(row(table.kinds.map((k, c) => cellText(r[c] ?? null, k))));
  }
  return lines.join('\n') + '\n';
}
