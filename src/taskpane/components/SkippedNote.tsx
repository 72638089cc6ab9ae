/** What this version of Excel could not apply: said, so the user knows it was left out rather than lost. */
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { MessageKey, Translate } from '../../i18n';
import type { BuildOutcome } from '../backend/types';

export function SkippedNote({ tr, skipped }: { tr: Translate; skipped: BuildOutcome['skipped'] }) {
  if (skipped.length === 0) return null;
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        {tr('pane.skipped', {
          features: skipped.map((f) => tr(`pane.feature.${f}` as MessageKey)).join(tr('pane.list')),
        })}
      </MessageBarBody>
    </MessageBar>
  );
}
