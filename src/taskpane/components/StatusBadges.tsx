/** Counts by status as coloured badges, in the order an office reads them: what needs chasing first. */
import { Badge, makeStyles, tokens, type BadgeProps } from '@fluentui/react-components';
import type { StatusCounts } from '../../core/summary';
import type { MessageKey, Translate } from '../../i18n';

type Counted = Exclude<keyof StatusCounts, 'total'>;

const ORDER: { key: Counted; color: BadgeProps['color'] }[] = [
  { key: 'overdue', color: 'danger' },
  { key: 'due_soon', color: 'warning' },
  { key: 'on_track', color: 'brand' },
  { key: 'done', color: 'success' },
  { key: 'ongoing', color: 'informative' },
  { key: 'no_deadline', color: 'subtle' },
  { key: 'unscored', color: 'severe' },
];

const useStyles = makeStyles({
  list: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
  count: { fontWeight: tokens.fontWeightBold, marginLeft: tokens.spacingHorizontalXS },
});

export function StatusBadges({ tr, counts, label }: { tr: Translate; counts: StatusCounts; label: string }) {
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label={label}>
      {ORDER.filter(({ key }) => counts[key] > 0 || key !== 'no_deadline').map(({ key, color }) => (
        <li key={key}>
          <Badge
            appearance={counts[key] > 0 ? 'filled' : 'outline'}
            color={counts[key] > 0 ? color : 'informative'}
            size="large"
            shape="rounded"
          >
            {tr(`status.${key}` as MessageKey)}
            <span className={styles.count} data-testid={`count-${key}`}>
              {counts[key]}
            </span>
          </Badge>
        </li>
      ))}
    </ul>
  );
}
