/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { translator, type Lang } from '../../../src/i18n';
import { DetectView, type DetectViewProps } from '../../../src/taskpane/components/DetectView';
import { detection, settings } from '../fixtures';

function renderView(props: Partial<DetectViewProps> = {}, lang: Lang = 'zh-CN') {
  const callbacks = {
    onSettings: jest.fn(),
    onRole: jest.fn(),
    onBuild: jest.fn(),
  };
  render(
    <DetectView
      lang={lang}
      tr={translator(lang)}
      sheets={['任务分解', '说明']}
      settings={settings()}
      detection={detection()}
      tracked={false}
      busy={false}
      progress={null}
      outcome={null}
      {...callbacks}
      {...props}
    />,
  );
  return callbacks;
}

describe('DetectView', () => {
  it('says where the header is and how many tasks it found, and builds on request', () => {
    const { onBuild } = renderView();
    expect(screen.getByRole('status')).toHaveTextContent('表头在第 2 行，识别到 5 项任务');
    fireEvent.click(screen.getByRole('button', { name: '生成跟踪表' }));
    expect(onBuild).toHaveBeenCalledTimes(1);
  });

  it('offers a refresh for a tracked workbook and no build without a task table', () => {
    renderView({ tracked: true });
    expect(screen.getByRole('button', { name: '刷新跟踪表' })).toBeEnabled();
  });

  it('cannot build when no task table was found, and opens the column roles', () => {
    renderView({ detection: { ...detection(), found: false, tasks: 0 } });
    expect(screen.getByText(/没有找到任务表/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '生成跟踪表' })).toBeDisabled();
    expect(screen.getByRole('button', { name: '各列的用途' })).toHaveAttribute('aria-expanded', 'true');
  });

  it('shows the detected column of each role and turns a correction into role → letter', () => {
    const { onRole } = renderView();
    fireEvent.click(screen.getByRole('button', { name: '各列的用途' }));
    const lead = screen.getByRole('combobox', { name: '牵头单位' });
    expect(lead).toHaveTextContent('C 列 · 牵头单位');
    expect(screen.getByRole('combobox', { name: '分值' })).toHaveTextContent('（未识别）');
    fireEvent.click(lead);
    fireEvent.click(screen.getByRole('option', { name: 'D 列 · 责任单位' }));
    expect(onRole).toHaveBeenCalledWith('lead', 'D');
  });

  it('lists the notes with their cells: links inside Excel, plain text standalone', () => {
    const onSelectCell = jest.fn();
    renderView({ onSelectCell });
    expect(screen.getByText('1 条提示')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: '在表中定位 E6' }));
    expect(onSelectCell).toHaveBeenCalledWith('任务分解', 'E6');
  });

  it('shows the cell of a note as text where it cannot be selected', () => {
    renderView();
    expect(screen.queryByRole('button', { name: /在表中定位/ })).toBeNull();
    expect(screen.getByText('E6')).toBeInTheDocument();
  });

  it('passes option changes up as settings', () => {
    const { onSettings } = renderView();
    fireEvent.change(screen.getByLabelText('统计日期'), { target: { value: '2026-12-31' } });
    expect(onSettings).toHaveBeenCalledWith({ asOf: '2026-12-31' });
    const days = screen.getByRole('spinbutton', { name: '临期提醒（天）' });
    fireEvent.change(days, { target: { value: '10' } });
    fireEvent.blur(days);
    expect(onSettings).toHaveBeenCalledWith({ dueSoonDays: 10 });
    fireEvent.click(screen.getByRole('combobox', { name: '生成表格的语言' }));
    fireEvent.click(screen.getByRole('option', { name: 'English' }));
    expect(onSettings).toHaveBeenCalledWith({ lang: 'en-US' });
  });

  it('switching the source sheet clears the corrections made for the old one', () => {
    const { onSettings } = renderView();
    fireEvent.click(screen.getByRole('combobox', { name: '源工作表' }));
    fireEvent.click(screen.getByRole('option', { name: '说明' }));
    expect(onSettings).toHaveBeenCalledWith({ sheet: '说明', map: {}, range: null });
  });

  it('speaks English in an English Excel', () => {
    renderView({}, 'en-US');
    expect(screen.getByRole('status')).toHaveTextContent('Header in row 2; 5 tasks found');
    expect(screen.getByRole('button', { name: 'Build tracker' })).toBeInTheDocument();
    expect(screen.getByText('Notes (1)')).toBeInTheDocument();
  });

  it('reports the build: progress while it runs, then the sheets and what a refresh kept', () => {
    const outcome = {
      sheets: ['跟踪台账', '月度进度'],
      trackerName: '跟踪台账',
      refresh: { kept: 4, added: 1, archived: 0, restored: 0 },
      dashboard: detection().dashboard!,
      skipped: ['validation' as const],
    };
    renderView({ busy: true, progress: { phase: 'write', done: 1, total: 3 } });
    expect(screen.getByText('正在写入工作簿（第 1/3 批）…')).toBeInTheDocument();
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow', String(1 / 3));
    cleanup();
    renderView({ outcome, tracked: true });
    expect(screen.getByText('已生成：跟踪台账、月度进度')).toBeInTheDocument();
    expect(screen.getByText(/4 项保留原有录入，新增 1 项/)).toBeInTheDocument();
    expect(screen.getByText('此版本的 Excel 不支持以下功能，已略过：下拉列表')).toBeInTheDocument();
  });
});
