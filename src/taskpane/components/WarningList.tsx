/** The reader's notes with their cell addresses: a link that selects the cell in Excel, plain text standalone. */
import {
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { Warning } from '../../core/model';
import type { Lang, Translate } from '../../i18n';
import { warningMessage } from '../../i18n/warnings';

export interface WarningListProps {
  lang: Lang;
  tr: Translate;
  warnings: readonly Warning[];
  /** All the reader had; more than `warnings` when the list was cut. */
  total: number;
  /** Present where a cell can be shown (inside Excel). */
  onSelect?: (sheet: string, cell: string) => void;
}

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    maxHeight: '12rem',
    overflowY: 'auto',
  },
  cell: { fontFamily: tokens.fontFamilyMonospace, marginRight: tokens.spacingHorizontalXS },
});

export function WarningList({ lang, tr, warnings, total, onSelect }: WarningListProps) {
  const styles = useStyles();
  if (total === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{tr('pane.warnings.title', { count: total })}</MessageBarTitle>
        <ul className={styles.list}>
          {warnings.map((w, i) => (
            <li key={i}>
              {w.cell &&
                (onSelect ? (
                  <Link
                    className={styles.cell}
                    aria-label={tr('pane.warnings.go', { cell: w.cell })}
                    onClick={() => onSelect(w.sheet, w.cell as string)}
                  >
                    {w.cell}
                  </Link>
                ) : (
                  <span className={styles.cell}>{w.cell}</span>
                ))}
              {warningMessage(lang, w)}
            </li>
          ))}
        </ul>
        {total > warnings.length && <div>{tr('pane.warnings.more', { count: total - warnings.length })}</div>}
      </MessageBarBody>
    </MessageBar>
  );
}
