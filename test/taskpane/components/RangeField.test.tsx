/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { fireEvent, render, screen } from '@testing-library/react';
import { parseCellRange } from '../../../src/core/read/cell-range';
import { translator } from '../../../src/i18n';
import { RangeField } from '../../../src/taskpane/components/RangeField';

const tr = translator('zh-CN');

function renderField(range = parseCellRange('B3:H40'), onUseSelection?: () => void) {
  const onRange = jest.fn();
  const view = render(
    <RangeField tr={tr} range={range} disabled={false} onRange={onRange} onUseSelection={onUseSelection} />,
  );
  return { onRange, view, input: screen.getByRole('textbox', { name: '识别范围' }) };
}

describe('RangeField', () => {
  it('shows the range, and applies a typed one on Enter, written as Excel writes it', () => {
    const { onRange, input } = renderField();
    expect(input).toHaveValue('B3:H40');
    fireEvent.change(input, { target: { value: '$c$5:$j$90' } });
    expect(onRange).not.toHaveBeenCalled();
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onRange).toHaveBeenCalledWith({ top: 4, left: 2, bottom: 89, right: 9 });
    expect(input).toHaveValue('C5:J90');
  });

  it('reads the whole sheet again when emptied, on leaving the field', () => {
    const { onRange, input } = renderField();
    fireEvent.change(input, { target: { value: ' ' } });
    fireEvent.blur(input);
    expect(onRange).toHaveBeenCalledWith(null);
  });

  it('says what is wrong with a range that is no table, and applies nothing', () => {
    const { onRange, input } = renderField(null);
    expect(input).toHaveAttribute('placeholder', '整张工作表');
    fireEvent.change(input, { target: { value: 'B3' } });
    fireEvent.blur(input);
    expect(onRange).not.toHaveBeenCalled();
    expect(
      screen.getByText('“B3”不是有效的区域，请写成 B3:H40 这样的形式（至少两行两列）'),
    ).toBeInTheDocument();
  });

  it('follows a range set elsewhere, and offers the selection inside Excel only', () => {
    const onUseSelection = jest.fn();
    const { input, view } = renderField(null, onUseSelection);
    fireEvent.click(screen.getByRole('button', { name: '用选中区域' }));
    expect(onUseSelection).toHaveBeenCalled();
    view.rerender(
      <RangeField
        tr={tr}
        range={parseCellRange('A2:L5')}
        disabled={false}
        onRange={jest.fn()}
        onUseSelection={onUseSelection}
      />,
    );
    expect(input).toHaveValue('A2:L5');
    view.unmount();
    renderField(null);
    expect(screen.queryByRole('button', { name: '用选中区域' })).toBeNull();
  });
});
