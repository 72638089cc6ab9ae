/**
 * 识别: the source sheet, what was found there (columns and their roles, notes with cell addresses),
 * the options, and the build. Plain data in, callbacks out.
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Body1,
  Button,
  Dropdown,
  Field,
  MessageBar,
  MessageBarBody,
  Option,
  Subtitle2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { ColumnRole } from '../../core/model';
import type { Lang, Translate } from '../../i18n';
import type { BuildOutcome, PaneProgress } from '../backend/types';
import type { Detection } from '../model/detection';
import type { PaneSettings } from '../model/settings';
import { BuildPanel } from './BuildPanel';
import { OptionsForm } from './OptionsForm';
import { RangeField } from './RangeField';
import { RoleMapping } from './RoleMapping';
import { WarningList } from './WarningList';

export interface DetectViewProps {
  lang: Lang;
  tr: Translate;
  sheets: readonly string[];
  settings: PaneSettings;
  detection: Detection | null;
  tracked: boolean;
  busy: boolean;
  progress: PaneProgress | null;
  outcome: BuildOutcome | null;
  onSettings(patch: Partial<PaneSettings>): void;
  onRole(role: ColumnRole, letter: string): void;
  onBuild(): void;
  /** Inside Excel: read the sheet again, and show a cell. */
  onReread?: () => void;
  /** Inside Excel: read the table from the user's selection. */
  onUseSelection?: () => void;
  onSelectCell?: (sheet: string, cell: string) => void;
  onDownload?: () => void;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  sheetRow: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-end' },
  sheetField: { flexGrow: 1, minWidth: 0 },
  dropdown: { minWidth: 0, width: '100%' },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

export function DetectView(props: DetectViewProps) {
  const { lang, tr, sheets, settings, detection, busy, onSettings } = props;
  const styles = useStyles();
  const found = detection?.found ?? false;
  return (
    <div className={styles.root}>
      <div className={styles.sheetRow}>
        <Field label={tr('pane.detect.sheet')} className={styles.sheetField}>
          <Dropdown
            value={settings.sheet}
            selectedOptions={[settings.sheet]}
            disabled={busy}
            onOptionSelect={(_, data) =>
              data.optionValue && onSettings({ sheet: data.optionValue, map: {}, range: null })
            }
            className={styles.dropdown}
          >
            {sheets.map((name) => (
              <Option key={name} value={name}>
                {name}
              </Option>
            ))}
          </Dropdown>
        </Field>
        {props.onReread && (
          <Button disabled={busy} onClick={props.onReread}>
            {tr('pane.detect.reread')}
          </Button>
        )}
      </div>

      <RangeField
        tr={tr}
        range={settings.range}
        disabled={busy}
        onRange={(range) => onSettings({ range })}
        onUseSelection={props.onUseSelection}
      />

      {detection &&
        (found ? (
          <Body1 role="status">
            {detection.headerTop === detection.headerBottom
              ? tr('pane.detect.found', { top: detection.headerTop ?? '', tasks: detection.tasks })
              : tr('pane.detect.foundTwoRows', {
                  top: detection.headerTop ?? '',
                  bottom: detection.headerBottom ?? '',
                  tasks: detection.tasks,
                })}
          </Body1>
        ) : (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{tr('pane.detect.none')}</MessageBarBody>
          </MessageBar>
        ))}
      {detection && detection.unmapped.length > 0 && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            {tr('pane.detect.unmapped', { value: detection.unmapped.join(', ') })}
          </MessageBarBody>
        </MessageBar>
      )}

      <section className={styles.section}>
        <Subtitle2 as="h2">{tr('pane.options')}</Subtitle2>
        <OptionsForm
          tr={tr}
          settings={settings}
          detectedPlanYear={detection?.planYear ?? null}
          disabled={busy}
          onChange={onSettings}
        />
      </section>

      <BuildPanel
        tr={tr}
        tracked={props.tracked}
        canBuild={found}
        busy={busy}
        progress={props.progress}
        outcome={props.outcome}
        onBuild={props.onBuild}
        onDownload={props.onDownload}
      />

      {detection && (
        <WarningList
          lang={lang}
          tr={tr}
          warnings={detection.warnings}
          total={detection.warningCount}
          onSelect={props.onSelectCell}
        />
      )}

      {detection && (
        <Accordion collapsible defaultOpenItems={found ? [] : ['roles']}>
          <AccordionItem value="roles">
            <AccordionHeader size="small">{tr('pane.detect.columns')}</AccordionHeader>
            <AccordionPanel>
              <RoleMapping
                tr={tr}
                columns={detection.columns}
                roles={detection.roles}
                disabled={busy}
                onChange={props.onRole}
              />
            </AccordionPanel>
          </AccordionItem>
        </Accordion>
      )}
    </div>
  );
}
