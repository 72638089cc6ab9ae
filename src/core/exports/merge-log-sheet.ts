/**
 * 合并记录: what a merge did, one row per change, conflict or file not merged, grouped by file.
 * Each change shows the tracker's previous value, so nothing the master held is lost; conflicts
 * are highlighted and say why they were not applied.
 */
import type { IsoDate } from '../dates';
import { wrappedRowHeights } from '../sheets/row-heights';
import { valueText } from '../report/value-text';
import type { ColumnSpec, RuleSpec, SheetSpec, SpecValue } from '../sheets/spec';
import { t, type Lang, type MessageKey } from '../../i18n';
import type { LogEntry, MergeResult } from './merge-returns';

const PREAMBLE_ROWS = 2;
const HEADER_ROW = PREAMBLE_ROWS + 1;

function detailOf(lang: Lang, entry: LogEntry): string | null {
  if (entry.reason) return t(lang, `merge.reason.${entry.reason}`, entry.params);
  if (entry.kind === 'changed' || entry.kind === 'conflict') return null;
  return t(lang, `merge.detail.${entry.kind}`, entry.params);
}

/** Values as text: a log column mixes dates, numbers and words, and must show each as it was. */
function shown(value: SpecValue): string | null {
  return valueText(value) || null;
}

export function mergeLogSheet(lang: Lang, result: MergeResult, name: string, asOf: IsoDate): SheetSpec {
  const tr = (key: MessageKey, params?: Record<string, string | number>) => t(lang, key, params);
  const columns: ColumnSpec[] = [
    { header: tr('merge.col.file'), width: 24, style: 'wrap' },
    { header: tr('report.col.unit'), width: 14, style: 'wrap' },
    { header: tr('merge.col.exportDate'), width: 11, style: 'center' },
    { header: tr('merge.col.result'), width: 10, style: 'center' },
    { header: tr('col.key'), width: 10, style: 'body' },
    { header: tr('col.task'), width: 28, style: 'wrap' },
    { header: tr('merge.col.field'), width: 10, style: 'center' },
    { header: tr('merge.col.before'), width: 28, style: 'wrap' },
    { header: tr('merge.col.after'), width: 28, style: 'wrap' },
    { header: tr('merge.col.detail'), width: 36, style: 'wrap' },
  ];
  const rows: SpecValue[][] = result.log.map((entry) => [
    entry.file,
    entry.unit,
    entry.exportDate,
    tr(`merge.kind.${entry.kind}`),
    entry.key,
    entry.title,
    entry.field ? tr(`col.${entry.field}`) : null,
    shown(entry.before),
    shown(entry.after),
    detailOf(lang, entry),
  ]);
  const last = HEADER_ROW + Math.max(rows.length, 1);
  const all = `A${HEADER_ROW + 1}:J${last}`;
  const resultCell = `$D${HEADER_ROW + 1}`;
  const isKind = (kind: LogEntry['kind']) => `${resultCell}="${tr(`merge.kind.${kind}`)}"`;
  const notMerged = (
    ['unknown_key', 'archived_key', 'superseded', 'not_ours', 'no_items', 'unreadable'] as const
  ).map(isKind);
  const rules: RuleSpec[] = [
    { range: all, formula: isKind('conflict'), highlight: 'overdue' },
    { range: all, formula: `OR(${notMerged.join(',')})`, highlight: 'dueSoon' },
  ];
  return {
    role: 'mergeLog',
    name,
    preamble: [
      { values: [tr('merge.title', { date: asOf })], style: 'title', merge: true },
      { values: [tr('merge.summary', { ...result.counts })], style: 'subtitle', merge: true },
    ],
    columns,
    rows,
    rowHeights: wrappedRowHeights(columns, rows),
    freeze: { rows: HEADER_ROW, columns: 0 },
    autoFilter: `A${HEADER_ROW}:J${last}`,
    rules,
  };
}
