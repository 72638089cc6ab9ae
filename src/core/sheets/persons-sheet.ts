/**
 * 人员: one row per person, tasks by role, overdue and done. Values as of the build, not formulas:
 * persons share one text cell in the tracker (王建国、李明（承办人）), and counting a name in
 * it by wildcard would also count every longer name that contains it (王建 in 王建国).
 */
import { t, type Lang, type MessageKey } from '../../i18n';
import type { PersonRole } from '../model';
import { personFigures } from '../scoring/person-figures';
import type { TrackModel } from '../track/refresh';
import type { ColumnSpec, RuleSpec, SheetSpec, SpecValue } from './spec';
import { statusWord } from './tracker-sheet';

const PREAMBLE_ROWS = 2;
const FIRST_DATA_ROW = PREAMBLE_ROWS + 2;
const ROLES: readonly PersonRole[] = ['direct', 'leader', 'handler'];
/** name, title, the three roles, tasks, then overdue (G) and done. */
const OVERDUE_LETTER = 'G';

export function personsSheet(lang: Lang, model: TrackModel, name: string): SheetSpec {
  const persons = personFigures(model.tasks);
  const rows = persons.map((p): SpecValue[] => [
    p.name,
    p.title,
    ...ROLES.map((role) => p.roles[role]),
    p.tasks,
    p.overdue,
    p.done,
  ]);
  const columns: ColumnSpec[] = [
    { header: t(lang, 'persons.col.name'), width: 12, style: 'body' },
    { header: t(lang, 'persons.col.title'), width: 12, style: 'body' },
    ...ROLES.map((role): ColumnSpec => ({
      header: t(lang, `person.${role}` as MessageKey),
      width: 10,
      style: 'number',
    })),
    { header: t(lang, 'persons.col.tasks'), width: 8, style: 'number' },
    { header: statusWord(lang, 'overdue'), width: 8, style: 'number' },
    { header: statusWord(lang, 'done'), width: 8, style: 'number' },
  ];
  const lastRow = FIRST_DATA_ROW + rows.length - 1;
  const rules: RuleSpec[] =
    rows.length === 0
      ? []
      : [
          {
            range: `${OVERDUE_LETTER}${FIRST_DATA_ROW}:${OVERDUE_LETTER}${lastRow}`,
            formula: `${OVERDUE_LETTER}${FIRST_DATA_ROW}>0`,
            highlight: 'overdue',
          },
        ];
  const headerRow = PREAMBLE_ROWS + 1;
  return {
    role: 'persons',
    name,
    preamble: [
      { values: [t(lang, 'persons.title', { asOf: model.asOf })], style: 'title' },
      { values: [t(lang, 'persons.note', { asOf: model.asOf })], style: 'subtitle' },
    ],
    columns,
    rows,
    freeze: { rows: headerRow, columns: 1 },
    autoFilter: `A${headerRow}:H${Math.max(lastRow, FIRST_DATA_ROW)}`,
    rules,
    print: { landscape: false, fitToWidth: true, repeatRows: `${headerRow}:${headerRow}` },
  };
}
