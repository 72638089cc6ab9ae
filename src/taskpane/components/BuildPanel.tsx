/** 生成 / 刷新: the button, its progress, and what the build did. */
import { Button, Caption1, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import type { Translate } from '../../i18n';
import type { BuildOutcome, PaneProgress } from '../backend/types';
import { ProgressLine } from './ProgressLine';
import { SkippedNote } from './SkippedNote';

export interface BuildPanelProps {
  tr: Translate;
  /** An earlier build exists: the button refreshes it. */
  tracked: boolean;
  canBuild: boolean;
  busy: boolean;
  progress: PaneProgress | null;
  outcome: BuildOutcome | null;
  onBuild(): void;
  /** Standalone: offers the tracked workbook. */
  onDownload?: () => void;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
});

export function BuildPanel({
  tr,
  tracked,
  canBuild,
  busy,
  progress,
  outcome,
  onBuild,
  onDownload,
}: BuildPanelProps) {
  const styles = useStyles();
  const refreshed = outcome && outcome.refresh.kept + outcome.refresh.archived + outcome.refresh.restored > 0;
  return (
    <section className={styles.root}>
      <div className={styles.row}>
        <Button appearance="primary" disabled={!canBuild || busy} onClick={onBuild}>
          {tr(tracked ? 'pane.rebuild' : 'pane.build')}
        </Button>
        {outcome?.file && onDownload && (
          <Button disabled={busy} onClick={onDownload}>
            {tr('pane.build.download')}
          </Button>
        )}
      </div>
      <Caption1>{tr('pane.build.hint')}</Caption1>
      {busy && progress && <ProgressLine tr={tr} progress={progress} />}
      {outcome && !busy && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            {tr('pane.build.done', { sheets: outcome.sheets.join(tr('pane.list')) })}
            {refreshed && <div>{tr('pane.build.refreshed', { ...outcome.refresh })}</div>}
          </MessageBarBody>
        </MessageBar>
      )}
      {outcome && !busy && <SkippedNote tr={tr} skipped={outcome.skipped} />}
    </section>
  );
}
