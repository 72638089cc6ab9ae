/**
 * 从方案生成: the text of a work plan pasted in, what was read from it per plan (figures and first rows,
 * with what is left to fill marked), and the action that makes breakdown sheets of it — new sheets
 * inside Excel, a new workbook on the standalone page. Plain data in, callbacks out.
 */
import {
  Body1,
  Button,
  Caption1,
  Card,
  CardHeader,
  Field,
  MessageBar,
  MessageBarBody,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { Fragment } from 'react';
import { placeholderParts } from '../../core/extract/placeholders';
import { STYLES } from '../../core/sheets/palette';
import type { Translate } from '../../i18n';
import type { PaneProgress } from '../backend/types';
import type { HostMode } from '../host';
import {
  insertable,
  type PlanFigures,
  type PlanPreview,
  type PreviewCell,
  type PreviewRow,
} from '../model/plan-preview';
import { ProgressLine } from './ProgressLine';

export interface PlanViewProps {
  tr: Translate;
  mode: HostMode;
  text: string;
  /** What the last reading found; null until the text is read (and again once it changes). */
  plans: readonly PlanPreview[] | null;
  /** Standalone: the file open on the page, which the new workbook replaces there. */
  openFile: string | null;
  /** Something runs: nothing else may start. */
  busy: boolean;
  inserting: boolean;
  progress: PaneProgress | null;
  onText(text: string): void;
  onRead(): void;
  onInsert(): void;
}

/** The sheet's own highlight, so the preview and the sheet mark the same cells the same way. */
const TO_FILL = `#${STYLES.toFill.fill}`;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  textarea: { minHeight: '10rem' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  hints: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  card: { padding: tokens.spacingVerticalM },
  figures: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
  },
  flaggedFigure: { backgroundColor: TO_FILL, paddingInline: tokens.spacingHorizontalXS },
  table: { tableLayout: 'fixed', width: '100%' },
  task: { width: '45%' },
  units: { width: '30%' },
  deadline: { width: '25%' },
  cell: { overflowWrap: 'anywhere', verticalAlign: 'top', paddingBlock: tokens.spacingVerticalXXS },
  flagged: { backgroundColor: TO_FILL },
  responsible: { marginTop: tokens.spacingVerticalXXS },
  mark: { backgroundColor: 'transparent', color: tokens.colorPaletteDarkOrangeForeground2, fontWeight: 600 },
  blank: { fontStyle: 'italic', color: tokens.colorNeutralForeground3 },
  // Read by screen readers, where the colour says nothing.
  hidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
});

/** Tasks always (0 says the plan has none); the rest only where the plan has some. */
const FIGURES: readonly (keyof PlanFigures)[] = ['tasks', 'phases', 'groups', 'scoreAreas', 'flagged'];

export function PlanView(props: PlanViewProps) {
  const { tr, plans, busy } = props;
  const styles = useStyles();
  const found = (plans ?? []).filter(insertable);
  const excel = props.mode === 'excel';
  const newFile = `${tr('pane.plan.fileName')}.xlsx`;
  return (
    <div className={styles.root}>
      <Caption1>{tr('pane.plan.intro')}</Caption1>
      <Field label={tr('pane.plan.text')}>
        <Textarea
          value={props.text}
          placeholder={tr('pane.plan.placeholder')}
          resize="vertical"
          disabled={busy}
          textarea={{ className: styles.textarea }}
          onChange={(_, data) => props.onText(data.value)}
        />
      </Field>
      <div className={styles.actions}>
        <Button
          appearance={found.length > 0 ? 'secondary' : 'primary'}
          disabled={busy || props.text.trim() === ''}
          onClick={props.onRead}
        >
          {tr('pane.plan.read')}
        </Button>
        {found.length > 0 && (
          <Button appearance="primary" disabled={busy} onClick={props.onInsert}>
            {tr(excel ? 'pane.plan.insert' : 'pane.plan.open')}
          </Button>
        )}
      </div>
      {found.length > 0 && (
        <div className={styles.hints}>
          <Caption1>
            {excel ? tr('pane.plan.insertHint') : tr('pane.plan.openHint', { file: newFile })}
          </Caption1>
          {props.openFile && <Caption1>{tr('pane.plan.replaces', { file: props.openFile })}</Caption1>}
        </div>
      )}
      {props.inserting && props.progress && <ProgressLine tr={tr} progress={props.progress} />}

      {plans && found.length === 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{tr('pane.plan.nothing')}</MessageBarBody>
        </MessageBar>
      )}
      {plans && found.length > 0 && (
        <>
          {plans.length > 1 && (
            <Body1>
              {tr('pane.plan.total', {
                plans: plans.length,
                tasks: plans.reduce((n, p) => n + p.figures.tasks, 0),
              })}
            </Body1>
          )}
          {plans.some((p) => p.figures.flagged > 0) && <Caption1>{tr('pane.plan.legend')}</Caption1>}
          {plans.map((plan, i) => (
            <PlanCard key={i} tr={tr} plan={plan} />
          ))}
        </>
      )}
    </div>
  );
}

function PlanCard({ tr, plan }: { tr: Translate; plan: PlanPreview }) {
  const styles = useStyles();
  return (
    <Card className={styles.card} appearance="outline">
      <CardHeader
        header={<Text weight="semibold">{plan.name}</Text>}
        description={<Caption1>{plan.title}</Caption1>}
      />
      <ul className={styles.figures} aria-label={tr('pane.plan.figures', { name: plan.name })}>
        {FIGURES.filter((key) => key === 'tasks' || plan.figures[key] > 0).map((key) => (
          <li
            key={key}
            className={key === 'flagged' && plan.figures.flagged > 0 ? styles.flaggedFigure : undefined}
          >
            <Caption1>{tr(`pane.plan.fig.${key}`, { count: plan.figures[key] })}</Caption1>
          </li>
        ))}
      </ul>
      {insertable(plan) ? (
        <Table
          size="extra-small"
          className={styles.table}
          aria-label={tr('pane.plan.rows', { name: plan.name })}
        >
          <TableHeader>
            <TableRow>
              <TableHeaderCell className={styles.task}>{tr('pane.dash.col.task')}</TableHeaderCell>
              <TableHeaderCell className={styles.units}>{tr('pane.plan.col.units')}</TableHeaderCell>
              <TableHeaderCell className={styles.deadline}>{tr('pane.plan.col.deadline')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {plan.rows.map((row, i) => (
              <TableRow key={i}>
                <TableCell className={styles.cell}>
                  <FlaggedText tr={tr} cell={row.task} />
                </TableCell>
                <TableCell className={styles.cell}>
                  <UnitsText tr={tr} row={row} />
                </TableCell>
                <TableCell className={styles.cell}>
                  <FlaggedText tr={tr} cell={row.deadline} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : (
        <Caption1>{tr('pane.plan.empty')}</Caption1>
      )}
      {plan.more > 0 && <Caption1>{tr('pane.plan.more', { count: plan.more })}</Caption1>}
    </Card>
  );
}

/** A cell as the sheet will hold it: placeholders marked where they stand, a blank said, the text yellow. */
function FlaggedText({ tr, cell }: { tr: Translate; cell: PreviewCell }) {
  const styles = useStyles();
  const flag = cell.flag && tr(cell.flag === 'fill' ? 'pane.plan.flag.fill' : 'pane.plan.flag.check');
  return (
    <span className={cell.flag !== null ? styles.flagged : undefined} title={flag ?? undefined}>
      {cell.text === '' && cell.flag && <span className={styles.blank}>{tr('pane.plan.blank')}</span>}
      {placeholderParts(cell.text).map((part, i) =>
        part.placeholder ? (
          <mark key={i} className={styles.mark}>
            {part.text}
          </mark>
        ) : (
          <Fragment key={i}>{part.text}</Fragment>
        ),
      )}
      {flag && <span className={styles.hidden}>{` ${flag}`}</span>}
    </span>
  );
}

/** The units: the lead, then the responsible units below it when the plan names any or leaves them to fill. */
function UnitsText({ tr, row }: { tr: Translate; row: PreviewRow }) {
  const styles = useStyles();
  const responsible = row.responsible.text !== '' || row.responsible.flag !== null;
  return (
    <>
      <FlaggedText tr={tr} cell={row.lead} />
      {responsible && (
        <Caption1 block className={styles.responsible}>
          {tr('pane.plan.responsible')}
          <FlaggedText tr={tr} cell={row.responsible} />
        </Caption1>
      )}
    </>
  );
}
