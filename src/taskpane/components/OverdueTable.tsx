/** The overdue list, longest first; inside Excel each task is a link to its row. */
import {
  Caption1,
  Link,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { Translate } from '../../i18n';
import type { OverdueItem } from '../model/dashboard';

export interface OverdueTableProps {
  tr: Translate;
  items: readonly OverdueItem[];
  max?: number;
  onSelect?: (item: OverdueItem) => void;
}

const useStyles = makeStyles({
  table: { tableLayout: 'fixed', width: '100%' },
  task: { width: '55%' },
  lead: { width: '27%' },
  late: { width: '18%', textAlign: 'right' },
  text: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', display: 'block' },
  days: { color: tokens.colorPaletteRedForeground1, fontVariantNumeric: 'tabular-nums' },
});

export function OverdueTable({ tr, items, max = 50, onSelect }: OverdueTableProps) {
  const styles = useStyles();
  if (items.length === 0) return <Caption1>{tr('pane.dash.noOverdue')}</Caption1>;
  const shown = items.slice(0, max);
  return (
    <>
      <Table size="extra-small" className={styles.table} aria-label={tr('pane.dash.overdue')}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.task}>{tr('pane.dash.col.task')}</TableHeaderCell>
            <TableHeaderCell className={styles.lead}>{tr('pane.dash.col.lead')}</TableHeaderCell>
            <TableHeaderCell className={styles.late}>{tr('pane.dash.col.late')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {shown.map((item, i) => (
            <TableRow key={i}>
              <TableCell title={item.title}>
                {onSelect ? (
                  <Link
                    className={styles.text}
                    aria-label={tr('pane.dash.go', { task: item.title })}
                    onClick={() => onSelect(item)}
                  >
                    {item.title}
                  </Link>
                ) : (
                  <span className={styles.text}>{item.title}</span>
                )}
              </TableCell>
              <TableCell title={item.lead}>
                <span className={styles.text}>{item.lead}</span>
              </TableCell>
              <TableCell className={styles.late}>
                <span className={styles.days} title={item.due}>
                  {tr('pane.dash.days', { days: item.daysLate })}
                </span>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {items.length > shown.length && (
        <Caption1>{tr('pane.dash.overdueMore', { count: items.length - shown.length })}</Caption1>
      )}
    </>
  );
}
