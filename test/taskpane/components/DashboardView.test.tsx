/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { translator } from '../../../src/i18n';
import { DashboardView } from '../../../src/taskpane/components/DashboardView';
import { UnitChart } from '../../../src/taskpane/components/UnitChart';
import { detection } from '../fixtures';

const tr = translator('zh-CN');
const dashboard = detection().dashboard!;

describe('DashboardView', () => {
  it('shows the counts by status as badges', () => {
    render(<DashboardView tr={tr} dashboard={dashboard} tracked={false} />);
    const counts = Object.fromEntries(
      ['overdue', 'due_soon', 'on_track', 'done', 'ongoing', 'unscored'].map((k) => [
        k,
        screen.getByTestId(`count-${k}`).textContent,
      ]),
    );
    expect(counts).toEqual({
      overdue: '2',
      due_soon: '1',
      on_track: '0',
      done: '1',
      ongoing: '1',
      unscored: '0',
    });
    expect(screen.queryByTestId('count-no_deadline')).toBeNull();
    expect(screen.getByText(/按源表统计，截至 2026-11-30，共 5 项（尚未生成跟踪表）/)).toBeInTheDocument();
  });

  it('draws one bar per unit with its figures for screen readers', () => {
    render(<DashboardView tr={tr} dashboard={dashboard} tracked={false} />);
    const chart = screen.getByRole('list', { name: '各单位完成情况' });
    const bars = within(chart).getAllByRole('listitem');
    expect(bars.map((b) => b.getAttribute('aria-label'))).toContain('办公室：完成 0/2，逾期 1');
    expect(bars).toHaveLength(dashboard.units.length);
  });

  it('lists the overdue tasks, longest first, each a link to its row inside Excel', () => {
    const onSelect = jest.fn();
    render(<DashboardView tr={tr} dashboard={dashboard} tracked onSelect={onSelect} />);
    const table = screen.getByRole('table', { name: '逾期事项' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      '整治集贸市场市场监管科30 天',
      '迎检查漏补缺办公室20 天',
    ]);
    fireEvent.click(within(table).getByRole('button', { name: '定位：整治集贸市场' }));
    expect(onSelect).toHaveBeenCalledWith(
      expect.objectContaining({ sheet: '任务分解', address: 'B3', daysLate: 30 }),
    );
  });

  it('shows the overdue tasks as text standalone, and says so when nothing is overdue', () => {
    render(<DashboardView tr={tr} dashboard={dashboard} tracked={false} />);
    expect(screen.queryByRole('button', { name: /定位/ })).toBeNull();
    expect(screen.getByText('整治集贸市场')).toBeInTheDocument();
  });

  it('says what to do before there is anything to show, and when nothing is overdue', () => {
    const { unmount } = render(<DashboardView tr={tr} dashboard={null} tracked={false} />);
    expect(screen.getByText('先在“识别”页选择源工作表')).toBeInTheDocument();
    unmount();
    render(<DashboardView tr={tr} dashboard={{ ...dashboard, overdue: [] }} tracked={false} />);
    expect(screen.getByText('没有逾期事项')).toBeInTheDocument();
  });

  it('draws at most the asked number of bars and counts the rest', () => {
    const units = Array.from({ length: 15 }, (_, i) => ({
      name: `单位${i + 1}`,
      total: 2,
      done: 1,
      overdue: 0,
    }));
    render(<UnitChart tr={tr} units={units} max={12} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(12);
    expect(screen.getByText('另有 3 个单位')).toBeInTheDocument();
  });
});
