/** A progress bar with what is happening; determinate when the work is counted (rows read, batches written). */
import { Field, ProgressBar } from '@fluentui/react-components';
import type { Translate } from '../../i18n';
import type { PaneProgress } from '../backend/types';

export function progressText(tr: Translate, p: PaneProgress): string {
  if ('done' in p && p.phase === 'read')
    return tr('pane.progress.readRows', { done: p.done, total: p.total });
  if ('done' in p && p.phase === 'write') return tr('pane.progress.write', { done: p.done, total: p.total });
  return tr(`pane.progress.${p.phase === 'write' ? 'render' : p.phase}`);
}

export function ProgressLine({ tr, progress }: { tr: Translate; progress: PaneProgress }) {
  const value = 'done' in progress && progress.total > 0 ? progress.done / progress.total : undefined;
  return (
    <Field validationMessage={progressText(tr, progress)} validationState="none">
      <ProgressBar value={value} thickness="large" />
    </Field>
  );
}
