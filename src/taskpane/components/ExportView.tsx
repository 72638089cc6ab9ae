/**
 * 导出: the leaders' workbook, one workbook per unit (one download each, or all), and 合并回收 of the
 * files units send back. The files are made elsewhere; this view offers them.
 */
import {
  Button,
  Caption1,
  Card,
  CardHeader,
  MessageBar,
  MessageBarBody,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { MessageKey, Translate } from '../../i18n';
import type { MergeSummary, PaneProgress } from '../backend/types';
import type { ExportFile, NamedBytes } from '../worker/protocol';
import { FilePicker } from './FilePicker';
import { ProgressLine } from './ProgressLine';

export type ExportTask = 'leader' | 'units' | 'merge';

export interface ExportViewProps {
  tr: Translate;
  mode: 'excel' | 'standalone';
  /** What is running, with its progress. */
  busy: ExportTask | null;
  blocked: boolean;
  progress: PaneProgress | null;
  leader: ExportFile | null;
  units: readonly ExportFile[] | null;
  merge: MergeSummary | null;
  onLeader(): void;
  onUnits(): void;
  onMerge(files: File[]): void;
  onDownload(file: NamedBytes): void;
  onDownloadAll(files: readonly NamedBytes[]): void;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  card: { padding: tokens.spacingVerticalM },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  files: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    maxHeight: '16rem',
    overflowY: 'auto',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
  file: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  name: { flexGrow: 1, minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
});

function FileRow({
  tr,
  file,
  label,
  onDownload,
}: {
  tr: Translate;
  file: NamedBytes;
  label: string;
  onDownload(): void;
}) {
  const styles = useStyles();
  return (
    <li className={styles.file}>
      <Text className={styles.name} title={file.fileName}>
        {label}
      </Text>
      <Button
        size="small"
        aria-label={tr('pane.export.downloadFile', { file: file.fileName })}
        onClick={onDownload}
      >
        {tr('pane.export.download')}
      </Button>
    </li>
  );
}

function Section(props: { title: MessageKey; hint: MessageKey; tr: Translate; children: ReactNode }) {
  const styles = useStyles();
  return (
    <Card className={styles.card} appearance="outline">
      <CardHeader
        header={<Text weight="semibold">{props.tr(props.title)}</Text>}
        description={<Caption1>{props.tr(props.hint)}</Caption1>}
      />
      {props.children}
    </Card>
  );
}

export function ExportView(props: ExportViewProps) {
  const { tr, busy, progress } = props;
  const styles = useStyles();
  const disabled = props.blocked || busy !== null;
  return (
    <div className={styles.root}>
      <Section tr={tr} title="pane.export.leader" hint="pane.export.leaderHint">
        <div className={styles.actions}>
          <Button appearance="primary" disabled={disabled} onClick={props.onLeader}>
            {tr('pane.export.leaderButton')}
          </Button>
        </div>
        {busy === 'leader' && progress && <ProgressLine tr={tr} progress={progress} />}
        {props.leader && (
          <ul className={styles.files}>
            <FileRow
              tr={tr}
              file={props.leader}
              label={props.leader.fileName}
              onDownload={() => props.onDownload(props.leader as NamedBytes)}
            />
          </ul>
        )}
      </Section>

      <Section tr={tr} title="pane.export.units" hint="pane.export.unitsHint">
        <div className={styles.actions}>
          <Button appearance="primary" disabled={disabled} onClick={props.onUnits}>
            {tr('pane.export.unitsButton')}
          </Button>
          {props.units && props.units.length > 1 && (
            <Button disabled={disabled} onClick={() => props.onDownloadAll(props.units ?? [])}>
              {tr('pane.export.downloadAll', { count: props.units.length })}
            </Button>
          )}
        </div>
        {busy === 'units' && progress && <ProgressLine tr={tr} progress={progress} />}
        {props.units && props.units.length === 0 && <Caption1>{tr('pane.export.noUnits')}</Caption1>}
        {props.units && props.units.length > 0 && (
          <ul className={styles.files} aria-label={tr('pane.export.units')}>
            {props.units.map((file) => (
              <FileRow
                key={file.fileName}
                tr={tr}
                file={file}
                label={tr('pane.export.unitFile', {
                  unit: file.unit ?? file.fileName,
                  tasks: file.tasks ?? 0,
                })}
                onDownload={() => props.onDownload(file)}
              />
            ))}
          </ul>
        )}
      </Section>

      <Section tr={tr} title="pane.export.merge" hint="pane.export.mergeHint">
        <div className={styles.actions}>
          <FilePicker
            label={tr('pane.export.mergeButton')}
            accept=".xlsx"
            multiple
            disabled={disabled}
            testId="merge-files"
            onFiles={props.onMerge}
          />
        </div>
        {busy === 'merge' && progress && <ProgressLine tr={tr} progress={progress} />}
        {props.merge && (
          <MessageBar intent={props.merge.counts.conflicts > 0 ? 'warning' : 'success'} layout="multiline">
            <MessageBarBody>
              {tr('merge.summary', { ...props.merge.counts })}
              <div>
                {tr(props.mode === 'excel' ? 'pane.export.mergedExcel' : 'pane.export.mergedFile', {
                  sheet: props.merge.logSheet,
                })}
              </div>
            </MessageBarBody>
          </MessageBar>
        )}
        {props.merge?.file && (
          <div className={styles.actions}>
            <Button onClick={() => props.onDownload(props.merge?.file as NamedBytes)}>
              {tr('pane.export.mergedDownload')}
            </Button>
          </div>
        )}
      </Section>
    </div>
  );
}
