/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import type { BuildOutcome, OnProgress, PaneBackend, PlanInsert } from '../../src/taskpane/backend/types';
import type { PaneSettings } from '../../src/taskpane/model/settings';
import { planFailure } from '../../src/taskpane/errors';
import { planFixture } from '../core/extract/fixtures';
import { AS_OF, detection } from './fixtures';

function fakeBackend(mode: 'excel' | 'standalone'): jest.Mocked<PaneBackend> {
  const outcome: BuildOutcome = {
    sheets: ['跟踪台账'],
    trackerName: '跟踪台账',
    refresh: { kept: 0, added: 5, archived: 0, restored: 0 },
    dashboard: { ...detection().dashboard!, source: 'tracker' },
    skipped: [],
  };
  return {
    mode,
    open: jest.fn(async (file?: File) => ({
      fileName: file?.name ?? null,
      sheets: ['任务分解'],
      meta: null,
      sheet: '任务分解',
      dropped: [],
    })),
    detect: jest.fn(async (_settings: PaneSettings, _reread?: boolean) => detection()),
    build: jest.fn(async (_settings: PaneSettings, _onProgress: OnProgress) => outcome),
    select: jest.fn(async (_sheet: string, _address: string) => undefined),
    leader: jest.fn(),
    units: jest.fn(),
    consolidate: jest.fn(),
    insertPlans: jest.fn(async (insert: PlanInsert, _onProgress: OnProgress) => {
      const sheets = insert.plans.map((p) => p.name);
      const opened = {
        fileName: mode === 'excel' ? null : '任务分解表.xlsx',
        sheets,
        meta: null,
        sheet: sheets[0],
        dropped: [],
      };
      const file = mode === 'excel' ? undefined : { fileName: '任务分解表.xlsx', bytes: new Uint8Array([1]) };
      return { sheets, opened, skipped: [], file };
    }),
  };
}

async function pasteAndRead(text: string) {
  fireEvent.change(screen.getByRole('textbox', { name: '工作方案文本' }), { target: { value: text } });
  await act(async () => fireEvent.click(screen.getByRole('button', { name: '识别方案' })));
}

const now = () => new Date(2026, 10, 30, 9, 0);

describe('App', () => {
  it('standalone: opens the picked file, detects with today as the as-of date, builds and shows the figures', async () => {
    const backend = fakeBackend('standalone');
    render(<App lang="zh-CN" mode="standalone" backend={backend} now={now} />);
    expect(screen.queryByRole('tab')).toBeNull();
    const file = new File(['x'], '任务.xlsx');
    await act(async () => {
      fireEvent.change(screen.getByTestId('workbook-file'), { target: { files: [file] } });
    });
    expect(backend.open).toHaveBeenCalledWith(file);
    expect(backend.detect).toHaveBeenCalledWith(
      expect.objectContaining({ sheet: '任务分解', asOf: AS_OF, map: {} }),
    );
    expect(await screen.findByText('已打开：任务.xlsx')).toBeInTheDocument();

    await act(async () => fireEvent.click(screen.getByRole('button', { name: '生成跟踪表' })));
    expect(screen.getByText('已生成：跟踪台账')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('tab', { name: '概览' }));
    expect(screen.getByText(/按跟踪台账统计/)).toBeInTheDocument();
    expect(screen.getByTestId('count-overdue')).toHaveTextContent('2');
  });

  it('shows a failure once, in the user’s language, and lets it be dismissed', async () => {
    const backend = fakeBackend('standalone');
    backend.build.mockRejectedValueOnce(planFailure('no_table', ['任务分解']));
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    render(<App lang="en-US" mode="standalone" backend={backend} now={now} />);
    await act(async () => {
      fireEvent.change(screen.getByTestId('workbook-file'), {
        target: { files: [new File(['x'], 'a.xlsx')] },
      });
    });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Build tracker' })));
    expect(screen.getByText('Something went wrong')).toBeInTheDocument();
    expect(screen.getByText(/No task table in “任务分解”/)).toBeInTheDocument();
    expect(error).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText('Something went wrong')).toBeNull();
    error.mockRestore();
  });

  it('in Excel: reads the open workbook at once, re-detects on a correction and selects a noted cell', async () => {
    const backend = fakeBackend('excel');
    render(<App lang="zh-CN" mode="excel" backend={backend} now={now} />);
    await waitFor(() => expect(screen.getByRole('tab', { name: '识别' })).toBeInTheDocument());
    expect(backend.open).toHaveBeenCalledWith(undefined);
    expect(screen.queryByTestId('workbook-file')).toBeNull();

    await act(async () => fireEvent.click(screen.getByRole('button', { name: '在表中定位 E6' })));
    expect(backend.select).toHaveBeenCalledWith('任务分解', 'E6');

    fireEvent.click(screen.getByRole('button', { name: '各列的用途' }));
    fireEvent.click(screen.getByRole('combobox', { name: '备注' }));
    await act(async () => fireEvent.click(screen.getByRole('option', { name: 'F 列 · 完成情况' })));
    expect(backend.detect).toHaveBeenLastCalledWith(expect.objectContaining({ map: { remark: 'F' } }), false);
  });

  it('standalone without a file: makes a breakdown workbook from a plan’s text and goes on to detect it', async () => {
    const backend = fakeBackend('standalone');
    render(<App lang="zh-CN" mode="standalone" backend={backend} now={now} />);
    expect(screen.queryByRole('tab')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '没有工作簿？从工作方案文本生成任务分解表' }));
    await pasteAndRead(planFixture('simplified-outline'));
    expect(screen.getByText('任务 3 项')).toBeInTheDocument();

    await act(async () => fireEvent.click(screen.getByRole('button', { name: '生成并打开' })));
    const [insert] = backend.insertPlans.mock.calls[0];
    expect(insert.lang).toBe('zh-CN');
    expect(insert.plans.map((p) => p.name)).toEqual(['2026年城区环境卫生整治工作方案']);
    expect(insert.plans[0].sheet.rows.length).toBeGreaterThan(0);
    expect(backend.detect).toHaveBeenCalledWith(
      expect.objectContaining({ sheet: '2026年城区环境卫生整治工作方案', asOf: AS_OF, map: {} }),
    );
    expect(screen.getByRole('tab', { name: '识别', selected: true })).toBeInTheDocument();
    expect(screen.getByText(/^已生成并打开“任务分解表.xlsx”/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '下载 任务分解表.xlsx' })).toBeInTheDocument();
  });

  it('in Excel: inserts the plan as a new sheet, takes it as the source, and keeps the text on its tab', async () => {
    const backend = fakeBackend('excel');
    render(<App lang="zh-CN" mode="excel" backend={backend} now={now} />);
    await waitFor(() => expect(screen.getByRole('tab', { name: '从方案生成' })).toBeInTheDocument());
    // A range set on the old source does not follow to the new sheet.
    const range = screen.getByRole('textbox', { name: '识别范围' });
    fireEvent.change(range, { target: { value: 'A2:L5' } });
    await act(async () => fireEvent.keyDown(range, { key: 'Enter' }));
    expect(backend.detect).toHaveBeenLastCalledWith(
      expect.objectContaining({ range: { top: 1, left: 0, bottom: 4, right: 11 } }),
      false,
    );
    fireEvent.click(screen.getByRole('tab', { name: '从方案生成' }));
    await pasteAndRead(planFixture('phases'));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '插入为新工作表' })));
    expect(backend.detect).toHaveBeenLastCalledWith(
      expect.objectContaining({ sheet: '文明单位创建工作方案', map: {}, range: null }),
    );
    expect(
      screen.getByText('已插入工作表：文明单位创建工作方案。已设为源工作表，可以生成跟踪表'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^下载/ })).toBeNull();
    fireEvent.click(screen.getByRole('tab', { name: '从方案生成' }));
    expect(screen.getByRole('textbox', { name: '工作方案文本' })).toHaveValue(planFixture('phases'));
  });

  it('a failed insert says why and leaves the text and the preview as they were', async () => {
    const backend = fakeBackend('excel');
    backend.insertPlans.mockRejectedValueOnce(new Error('InvalidArgument'));
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    render(<App lang="zh-CN" mode="excel" backend={backend} now={now} />);
    await waitFor(() => expect(screen.getByRole('tab', { name: '从方案生成' })).toBeInTheDocument());
    fireEvent.click(screen.getByRole('tab', { name: '从方案生成' }));
    await pasteAndRead(planFixture('phases'));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '插入为新工作表' })));
    expect(screen.getByText('出错了')).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: '从方案生成', selected: true })).toBeInTheDocument();
    expect(screen.getByText('阶段 3 个')).toBeInTheDocument();
    error.mockRestore();
  });

  it('in Excel: reads the table from the selection, and says what to do when nothing usable is selected', async () => {
    const backend = fakeBackend('excel');
    backend.selection = jest
      .fn()
      .mockResolvedValueOnce({ sheet: '任务分解', range: 'A2:L5' })
      .mockResolvedValueOnce({ sheet: '任务分解', range: 'C3' });
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    render(<App lang="zh-CN" mode="excel" backend={backend} now={now} />);
    await waitFor(() => expect(screen.getByRole('tab', { name: '识别' })).toBeInTheDocument());

    await act(async () => fireEvent.click(screen.getByRole('button', { name: '用选中区域' })));
    expect(backend.detect).toHaveBeenLastCalledWith(
      expect.objectContaining({ sheet: '任务分解', range: { top: 1, left: 0, bottom: 4, right: 11 } }),
      true,
    );
    expect(screen.getByRole('textbox', { name: '识别范围' })).toHaveValue('A2:L5');

    await act(async () => fireEvent.click(screen.getByRole('button', { name: '用选中区域' })));
    expect(screen.getByText(/请先在任务表所在的工作表中选中表格/)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: '识别范围' })).toHaveValue('A2:L5');

    await act(async () => fireEvent.click(screen.getByRole('button', { name: '生成跟踪表' })));
    expect(backend.build).toHaveBeenLastCalledWith(
      expect.objectContaining({ range: { top: 1, left: 0, bottom: 4, right: 11 } }),
      expect.any(Function),
    );
    error.mockRestore();
  });
});
