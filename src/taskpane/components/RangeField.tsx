/**
 * 识别范围: the part of the source sheet the table is read from. Blank is the whole sheet; a range is
 * typed (B3:H40) or, inside Excel, taken from the selection. Typed text is applied on Enter or when
 * the field is left, and only when it names a table-sized area.
 */
import { Button, Field, Input } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { cellRangeText, isTableSized, parseCellRange, type CellArea } from '../../core/read/cell-range';
import type { Translate } from '../../i18n';

export interface RangeFieldProps {
  tr: Translate;
  range: CellArea | null;
  disabled: boolean;
  onRange(range: CellArea | null): void;
  /** Inside Excel: take the selection. */
  onUseSelection?: () => void;
}

export function RangeField({ tr, range, disabled, onRange, onUseSelection }: RangeFieldProps) {
  const shown = range ? cellRangeText(range) : '';
  const [text, setText] = useState(shown);
  // A range set elsewhere (the selection, another sheet) replaces what was typed.
  useEffect(() => setText(shown), [shown]);
  const area = text.trim() === '' ? null : parseCellRange(text);
  const bad = text.trim() !== '' && (!area || !isTableSized(area));

  const apply = () => {
    if (bad) return;
    const next = area ? cellRangeText(area) : '';
    setText(next);
    if (next !== shown) onRange(area);
  };

  return (
    <Field
      label={tr('pane.detect.range')}
      validationState={bad ? 'error' : 'none'}
      validationMessage={
        bad
          ? tr('pane.detect.rangeBad', { value: text.trim() })
          : tr(onUseSelection ? 'pane.detect.rangeHint' : 'pane.detect.rangeHintFile')
      }
    >
      <Input
        value={text}
        placeholder={tr('pane.detect.rangeWhole')}
        disabled={disabled}
        onChange={(_, data) => setText(data.value)}
        onBlur={apply}
        onKeyDown={(event) => event.key === 'Enter' && apply()}
        contentAfter={
          onUseSelection && (
            <Button size="small" appearance="transparent" disabled={disabled} onClick={onUseSelection}>
              {tr('pane.detect.useSelection')}
            </Button>
          )
        }
      />
    </Field>
  );
}
