/** What 从方案生成 made: the new sheets, now the source; standalone the new workbook, to download. */
import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import type { Translate } from '../../i18n';
import type { InsertOutcome } from '../backend/types';
import { SkippedNote } from './SkippedNote';

export interface InsertedNoteProps {
  tr: Translate;
  inserted: InsertOutcome;
  onDownload?: () => void;
}

export function InsertedNote({ tr, inserted, onDownload }: InsertedNoteProps) {
  const sheets = inserted.sheets.join(tr('pane.list'));
  const file = inserted.file?.fileName;
  return (
    <>
      <MessageBar intent="success" layout="multiline">
        <MessageBarBody>
          {file ? tr('pane.plan.created', { file, sheets }) : tr('pane.plan.inserted', { sheets })}
        </MessageBarBody>
        {file && onDownload && (
          <MessageBarActions>
            <Button size="small" onClick={onDownload}>
              {tr('pane.plan.download', { file })}
            </Button>
          </MessageBarActions>
        )}
      </MessageBar>
      <SkippedNote tr={tr} skipped={inserted.skipped} />
    </>
  );
}
