/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { translator } from '../../../src/i18n';
import { PlanView, type PlanViewProps } from '../../../src/taskpane/components/PlanView';
import { previewPlans } from '../../../src/taskpane/model/plan-preview';
import { planFixture } from '../../core/extract/fixtures';

const tr = translator('zh-CN');
const outline = () => previewPlans(planFixture('simplified-outline'), { asOf: '2026-11-30' });

function renderView(props: Partial<PlanViewProps> = {}) {
  const callbacks = { onText: jest.fn(), onRead: jest.fn(), onInsert: jest.fn() };
  render(
    <PlanView
      tr={tr}
      mode="excel"
      text=""
      plans={null}
      openFile={null}
      busy={false}
      inserting={false}
      progress={null}
      {...callbacks}
      {...props}
    />,
  );
  return callbacks;
}

describe('PlanView', () => {
  it('reads nothing until text is pasted, then hands the text and the read on', () => {
    const callbacks = renderView();
    expect(screen.getByRole('button', { name: '识别方案' })).toBeDisabled();
    expect(screen.queryByRole('button', { name: '插入为新工作表' })).toBeNull();
    fireEvent.change(screen.getByRole('textbox', { name: '工作方案文本' }), {
      target: { value: '一、任务' },
    });
    expect(callbacks.onText).toHaveBeenCalledWith('一、任务');
  });

  it('previews each plan: figures, first rows, units, and what is left to fill marked where it stands', () => {
    const callbacks = renderView({ text: 'x', plans: outline() });
    const figures = screen.getByRole('list', { name: '“2026年城区环境卫生整治工作方案”的识别结果' });
    expect(within(figures).getByText('任务 3 项')).toBeInTheDocument();
    expect(within(figures).getByText('待填或核对 2 处')).toBeInTheDocument();
    expect(within(figures).queryByText('阶段 0 个')).toBeNull();
    const table = screen.getByRole('table', { name: '“2026年城区环境卫生整治工作方案”的前几行' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(4);
    expect(rows[1]).toHaveTextContent(
      '背街小巷整治区城管局（区综合执法局）责任：各街道办事处、区住建局6月底前',
    );
    // xx is marked where it stands; a blank unit is said, with what to do, for screen readers too.
    expect(within(rows[2]).getByText('xx').tagName).toBe('MARK');
    expect(within(rows[3]).getByText('（空白）')).toBeInTheDocument();
    expect(rows[3]).toHaveTextContent('待填写');
    expect(screen.getByText(/黄色为待填写/)).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: '插入为新工作表' }));
    expect(callbacks.onInsert).toHaveBeenCalledTimes(1);
    expect(screen.getByText(/每篇方案插入一个新工作表/)).toBeInTheDocument();
  });

  it('says when nothing in the text makes a row, and offers no insert', () => {
    renderView({ text: '同志们：', plans: previewPlans('同志们：今天开会。', { asOf: '2026-11-30' }) });
    expect(screen.getByText(/没有找到编号的任务/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '插入为新工作表' })).toBeNull();
  });

  it('standalone: creates and opens a workbook, saying which open file it replaces on the page', () => {
    renderView({ mode: 'standalone', text: 'x', plans: outline(), openFile: '旧表.xlsx' });
    expect(screen.getByRole('button', { name: '生成并打开' })).toBeEnabled();
    expect(screen.getByText(/生成新工作簿“任务分解表.xlsx”/)).toBeInTheDocument();
    expect(
      screen.getByText('本页当前打开的“旧表.xlsx”将被替换（电脑上的原文件不受影响）'),
    ).toBeInTheDocument();
  });

  it('while inserting: nothing else may start, and the progress shows', () => {
    renderView({
      text: 'x',
      plans: outline(),
      busy: true,
      inserting: true,
      progress: { phase: 'write', done: 1, total: 2 },
    });
    expect(screen.getByRole('button', { name: '插入为新工作表' })).toBeDisabled();
    expect(screen.getByRole('textbox', { name: '工作方案文本' })).toBeDisabled();
    expect(screen.getByRole('progressbar')).toBeInTheDocument();
  });
});
