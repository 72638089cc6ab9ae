/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { translator } from '../../../src/i18n';
import { ExportView, type ExportViewProps } from '../../../src/taskpane/components/ExportView';
import { detection } from '../fixtures';

const tr = translator('zh-CN');
const file = (fileName: string, unit?: string, tasks?: number) => ({
  fileName,
  bytes: new Uint8Array([1]),
  unit,
  tasks,
});

function renderView(props: Partial<ExportViewProps> = {}) {
  const callbacks = {
    onLeader: jest.fn(),
    onUnits: jest.fn(),
    onMerge: jest.fn(),
    onDownload: jest.fn(),
    onDownloadAll: jest.fn(),
  };
  render(
    <ExportView
      tr={tr}
      mode="standalone"
      busy={null}
      blocked={false}
      progress={null}
      leader={null}
      units={null}
      merge={null}
      {...callbacks}
      {...props}
    />,
  );
  return callbacks;
}

describe('ExportView', () => {
  it('asks for the leaders’ workbook and the unit files', () => {
    const { onLeader, onUnits } = renderView();
    fireEvent.click(screen.getByRole('button', { name: '生成领导版' }));
    fireEvent.click(screen.getByRole('button', { name: '生成各单位文件' }));
    expect(onLeader).toHaveBeenCalledTimes(1);
    expect(onUnits).toHaveBeenCalledTimes(1);
  });

  it('offers each file as its own download, and all of them at once', () => {
    const leader = file('领导版.xlsx');
    const units = [file('市场监管科.xlsx', '市场监管科', 2), file('执法大队.xlsx', '执法大队', 3)];
    const { onDownload, onDownloadAll } = renderView({ leader, units });
    fireEvent.click(screen.getByRole('button', { name: '下载 领导版.xlsx' }));
    expect(onDownload).toHaveBeenCalledWith(leader);
    const list = screen.getByRole('list', { name: '各单位工作簿' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['市场监管科（2 项）下载', '执法大队（3 项）下载']);
    fireEvent.click(within(list).getByRole('button', { name: '下载 执法大队.xlsx' }));
    expect(onDownload).toHaveBeenLastCalledWith(units[1]);
    fireEvent.click(screen.getByRole('button', { name: '全部下载（2 个文件）' }));
    expect(onDownloadAll).toHaveBeenCalledWith(units);
  });

  it('hands the picked returned files over for merging', () => {
    const { onMerge } = renderView();
    const returned = [new File(['x'], 'a.xlsx'), new File(['y'], 'b.xlsx')];
    fireEvent.change(screen.getByTestId('merge-files'), { target: { files: returned } });
    expect(onMerge).toHaveBeenCalledWith(returned);
  });

  it('reports a merge: standalone with the merged workbook to download, in Excel with the log sheet', () => {
    const merge = {
      counts: { files: 2, merged: 1, changes: 3, conflicts: 1, skipped: 1 },
      logSheet: '合并记录 2026-11-30',
      dashboard: detection().dashboard!,
      skipped: [],
      file: file('任务（跟踪）.xlsx'),
    };
    const { onDownload } = renderView({ merge });
    expect(
      screen.getByText(/共2个文件：1个文件有更新，更新3处；冲突1处，未应用；1个文件未合并/),
    ).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: '下载合并后的工作簿' }));
    expect(onDownload).toHaveBeenCalledWith(merge.file);
    cleanup();
    renderView({ mode: 'excel', merge: { ...merge, file: undefined } });
    expect(screen.getByText('已写入当前工作簿，明细见“合并记录 2026-11-30”工作表')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '下载合并后的工作簿' })).toBeNull();
  });

  it('blocks every action while something runs, and shows the progress of the running one', () => {
    renderView({ busy: 'units', blocked: true, progress: { phase: 'render' } });
    expect(screen.getByRole('button', { name: '生成领导版' })).toBeDisabled();
    expect(screen.getByRole('button', { name: '生成各单位文件' })).toBeDisabled();
    expect(screen.getByRole('button', { name: '选择交回的文件…' })).toBeDisabled();
    expect(screen.getByText('正在生成工作表…')).toBeInTheDocument();
  });
});
