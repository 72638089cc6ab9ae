/**
 * The pane: a header, the file picker on the standalone page, and four tabs — 识别, 概览, 导出 and
 * 从方案生成. Standalone, 从方案生成 is offered before any file is open too: a user may have only the
 * plan's text. It holds no Office.js: the backend does the work and the views get plain data and callbacks.
 */
import {
  Body1,
  Button,
  Caption1,
  FluentProvider,
  Link,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle2,
  Tab,
  TabList,
  Title3,
  makeStyles,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { translator, type Lang, type Translate } from '../i18n';
import type { PaneBackend } from './backend/types';
import { DashboardView } from './components/DashboardView';
import { DetectView } from './components/DetectView';
import { ExportView, type ExportTask } from './components/ExportView';
import { FilePicker } from './components/FilePicker';
import { InsertedNote } from './components/InsertedNote';
import { PlanView } from './components/PlanView';
import { download, downloadAll } from './download';
import type { HostMode } from './host';
import { usePane, type PaneState } from './usePane';

export interface AppProps {
  lang: Lang;
  /** null while office.js is still being asked where the pane runs. */
  mode: HostMode | null;
  backend: PaneBackend | null;
  /** The clock for the default as-of date (today). */
  now?: () => Date;
}

type TabValue = 'detect' | 'dashboard' | 'export' | 'plan';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    minHeight: '100vh',
    boxSizing: 'border-box',
    maxWidth: '40rem',
  },
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  mode: { color: tokens.colorNeutralForeground3 },
  file: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  fileName: { minWidth: 0, overflowWrap: 'anywhere' },
  fromText: { flexBasis: '100%' },
  tabs: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalM})` },
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

const EXPORT_TASKS: readonly string[] = ['leader', 'units', 'merge'];

export function App({ lang, mode, backend, now }: AppProps) {
  const tr = translator(lang);
  const styles = useStyles();
  return (
    <FluentProvider theme={webLightTheme} className={styles.root} lang={lang}>
      <header className={styles.header}>
        <Title3 as="h1">{tr('pane.title')}</Title3>
        {mode && (
          <Caption1 className={styles.mode}>
            {tr(mode === 'excel' ? 'pane.mode.excel' : 'pane.mode.standalone')}
          </Caption1>
        )}
      </header>
      {mode === null || backend === null ? (
        <Spinner size="tiny" labelPosition="after" label={tr('pane.connecting')} />
      ) : (
        <Pane lang={lang} tr={tr} backend={backend} now={now} />
      )}
    </FluentProvider>
  );
}

function Pane({
  lang,
  tr,
  backend,
  now,
}: {
  lang: Lang;
  tr: Translate;
  backend: PaneBackend;
  now?: () => Date;
}) {
  const styles = useStyles();
  const { state, actions } = usePane(backend, lang, now);
  const [tab, setTab] = useState<TabValue>('detect');
  const excel = backend.mode === 'excel';

  // Inside Excel the open workbook is read once the pane is up; standalone waits for a file.
  const open = actions.open;
  useEffect(() => {
    if (excel) void open();
  }, [excel, open]);

  const ready = state.opened !== null && state.settings !== null;
  const tracked = !!state.opened?.meta || !!state.build;
  const trackedFile = state.build?.file;
  const insertedFile = state.inserted?.file;
  const planView = (
    <PlanView
      tr={tr}
      mode={backend.mode}
      text={state.planText}
      plans={state.plans}
      openFile={excel ? null : (state.opened?.fileName ?? null)}
      busy={state.busy !== null}
      inserting={state.busy === 'insert'}
      progress={state.progress}
      onText={actions.setPlanText}
      onRead={() => void actions.readPlan()}
      // Once the sheets are in, the next step is building the tracker from them, on 识别.
      onInsert={() => void actions.insertPlans().then((done) => done && setTab('detect'))}
    />
  );
  return (
    <>
      {!excel && (
        <FileBar
          tr={tr}
          state={state}
          onFile={(f) => void actions.open(f).then((done) => done && setTab('detect'))}
          onFromText={ready || tab === 'plan' ? undefined : () => setTab('plan')}
        />
      )}
      {state.error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{tr('pane.error.title')}</MessageBarTitle>
            {state.error}
          </MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button appearance="transparent" size="small" onClick={actions.dismissError}>
                {tr('pane.error.dismiss')}
              </Button>
            }
          />
        </MessageBar>
      )}
      {excel && state.busy === 'open' && (
        <Spinner size="tiny" labelPosition="after" label={tr('pane.progress.read')} />
      )}
      {state.opened && state.opened.dropped.length > 0 && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            {tr('pane.droppedParts', {
              parts: state.opened.dropped.map((p) => tr(`part.${p}`)).join(tr('pane.list')),
            })}
          </MessageBarBody>
        </MessageBar>
      )}
      {!ready && !excel && tab === 'plan' && (
        <section className={styles.panel}>
          <Subtitle2 as="h2">{tr('pane.tab.plan')}</Subtitle2>
          {planView}
        </section>
      )}
      {ready && state.settings && (
        <>
          <TabList
            className={styles.tabs}
            selectedValue={tab}
            onTabSelect={(_, data) => setTab(data.value as TabValue)}
            size="medium"
          >
            <Tab value="detect">{tr('pane.tab.detect')}</Tab>
            <Tab value="dashboard">{tr('pane.tab.dashboard')}</Tab>
            <Tab value="export">{tr('pane.tab.export')}</Tab>
            <Tab value="plan">{tr('pane.tab.plan')}</Tab>
          </TabList>
          <div role="tabpanel" className={styles.panel}>
            {state.inserted && (tab === 'detect' || tab === 'plan') && (
              <InsertedNote
                tr={tr}
                inserted={state.inserted}
                onDownload={insertedFile ? () => download(document, insertedFile) : undefined}
              />
            )}
            {tab === 'detect' && (
              <DetectView
                lang={lang}
                tr={tr}
                sheets={state.opened?.sheets ?? []}
                settings={state.settings}
                detection={state.detection}
                tracked={tracked}
                busy={state.busy !== null && state.busy !== 'detect'}
                progress={state.progress}
                outcome={state.build}
                onSettings={actions.update}
                onRole={actions.setRole}
                onBuild={() => void actions.build()}
                onReread={excel ? actions.reread : undefined}
                onUseSelection={excel ? () => void actions.useSelection() : undefined}
                onSelectCell={excel ? (sheet, cell) => void actions.select(sheet, cell) : undefined}
                onDownload={trackedFile ? () => download(document, trackedFile) : undefined}
              />
            )}
            {tab === 'dashboard' && (
              <DashboardView
                tr={tr}
                dashboard={state.dashboard}
                tracked={tracked}
                onSelect={excel ? (item) => void actions.select(item.sheet, item.address) : undefined}
              />
            )}
            {tab === 'export' && (
              <ExportView
                tr={tr}
                mode={backend.mode}
                busy={EXPORT_TASKS.includes(state.busy ?? '') ? (state.busy as ExportTask) : null}
                blocked={state.busy !== null}
                progress={state.progress}
                leader={state.leader}
                units={state.units}
                merge={state.merge}
                onLeader={() => void actions.leader()}
                onUnits={() => void actions.units()}
                onMerge={(files) => void actions.merge(files)}
                onDownload={(file) => download(document, file)}
                onDownloadAll={(files) => void downloadAll(document, files)}
              />
            )}
            {tab === 'plan' && planView}
          </div>
        </>
      )}
    </>
  );
}

function FileBar({
  tr,
  state,
  onFile,
  onFromText,
}: {
  tr: Translate;
  state: PaneState;
  onFile(file: File): void;
  /** Before a workbook is open: 从方案生成 instead of a file. */
  onFromText?: () => void;
}) {
  const styles = useStyles();
  const opening = state.busy === 'open';
  return (
    <section className={styles.file}>
      <FilePicker
        label={tr(state.opened ? 'pane.file.another' : 'pane.file.choose')}
        accept=".xlsx,.xlsm,.csv,.tsv,.txt"
        appearance={state.opened ? 'secondary' : 'primary'}
        disabled={state.busy !== null}
        testId="workbook-file"
        onFiles={(files) => onFile(files[0])}
      />
      {opening && state.opening && (
        <Spinner size="tiny" labelPosition="after" label={tr('pane.file.opening', { file: state.opening })} />
      )}
      {!opening && state.opened?.fileName && (
        <Body1 className={styles.fileName}>{tr('pane.file.opened', { file: state.opened.fileName })}</Body1>
      )}
      {!state.opened && !opening && <Caption1>{tr('pane.file.hint')}</Caption1>}
      {onFromText && (
        <Link as="button" className={styles.fromText} disabled={state.busy !== null} onClick={onFromText}>
          {tr('pane.plan.fromText')}
        </Link>
      )}
    </section>
  );
}
