/** 概览: counts by status, completion by unit, the overdue list. */
import { Caption1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { Translate } from '../../i18n';
import type { Dashboard, OverdueItem } from '../model/dashboard';
import { OverdueTable } from './OverdueTable';
import { StatusBadges } from './StatusBadges';
import { UnitChart } from './UnitChart';

export interface DashboardViewProps {
  tr: Translate;
  dashboard: Dashboard | null;
  /** The workbook has a tracker, whose entries count once it is refreshed. */
  tracked: boolean;
  /** Inside Excel: select the task's row. */
  onSelect?: (item: OverdueItem) => void;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

export function DashboardView({ tr, dashboard, tracked, onSelect }: DashboardViewProps) {
  const styles = useStyles();
  if (!dashboard) return <Caption1>{tr('pane.dash.empty')}</Caption1>;
  const { counts } = dashboard;
  return (
    <div className={styles.root}>
      <Caption1>
        {tr(dashboard.source === 'tracker' ? 'pane.dash.fromTracker' : 'pane.dash.fromReading', {
          date: dashboard.asOf,
          total: counts.total,
        })}
        {dashboard.source === 'reading' &&
          tr(tracked ? 'pane.dash.readingTracked' : 'pane.dash.readingUntracked')}
      </Caption1>
      <StatusBadges tr={tr} counts={counts} label={tr('pane.dash.statuses')} />
      <section className={styles.section}>
        <Subtitle2 as="h2">{tr('pane.dash.units')}</Subtitle2>
        <Caption1>{tr('pane.dash.unitsHint')}</Caption1>
        <UnitChart tr={tr} units={dashboard.units} />
      </section>
      <section className={styles.section}>
        <Subtitle2 as="h2">
          {tr('pane.dash.overdue')} ({dashboard.overdue.length})
        </Subtitle2>
        <OverdueTable tr={tr} items={dashboard.overdue} onSelect={onSelect} />
      </section>
    </div>
  );
}
