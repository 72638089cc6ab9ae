import { detectTable } from '../../../src/core/read/detect-table';
import { mergedView } from '../../../src/core/read/merged-view';
import type { CellValue } from '../../../src/core/grid';
import { grid } from '../../helpers/grid';

function detect(rows: CellValue[][], merges: string[] = []) {
  return detectTable(mergedView(grid(rows, merges)));
}

describe('detectTable', () => {
  it('finds a one-row header below a merged title row', () => {
    const found = detect(
      [
        ['2026年任务分解表', null, null, null],
        ['序号', '工作任务', '牵头单位', '完成时限'],
        [1, '任务一', '区财政局', '6月底前'],
      ],
      ['A1:D1'],
    );
    expect(found?.layout).toMatchObject({
      headerTop: 1,
      headerBottom: 1,
      firstDataRow: 2,
      columns: { id: [0], task: [1], lead: [2], deadline: [3] },
    });
  });

  it('finds a header that starts in any column, after blank and note rows', () => {
    const found = detect([
      [],
      [null, null, '填报单位：区政府办'],
      [null, null, '工作事项', '责任单位', '责任领导', '时间节点'],
      [null, null, '事项一', '区住建局', '刘副市长', '12月底'],
    ]);
    expect(found?.layout.columns).toEqual({ task: [2], responsible: [3], leader: [4], deadline: [5] });
    expect(found?.layout.left).toBe(2);
  });

  it('reads two header rows with a group cell: 责任分工 over 牵头单位 / 配合单位', () => {
    const found = detect(
      [
        ['序号', '重点工作任务', '责任分工', null, '完成时限'],
        [null, null, '牵头单位', '配合单位', null],
        [1, '任务一', '区财政局', '区住建局', '年底前'],
      ],
      ['C1:D1', 'A1:A2', 'B1:B2', 'E1:E2'],
    );
    expect(found?.layout).toMatchObject({
      headerTop: 0,
      headerBottom: 1,
      firstDataRow: 2,
      columns: { id: [0], task: [1], lead: [2], responsible: [3], deadline: [4] },
    });
  });

  it('reads 责任单位 over 主办 / 协办', () => {
    const found = detect(
      [
        ['编号', '工作事项', '责任单位', null, '责任领导', '时间节点', '推进情况', '是否办结'],
        [null, null, '主办', '协办', null, null, null, null],
      ],
      ['C1:D1', 'A1:A2', 'B1:B2', 'E1:E2', 'F1:F2', 'G1:G2', 'H1:H2'],
    );
    expect(found?.layout.columns).toEqual({
      id: [0],
      task: [1],
      lead: [2],
      responsible: [3],
      leader: [4],
      deadline: [5],
      progress: [6],
      completion: [7],
    });
  });

  it('reads Traditional headers', () => {
    const found = detect([
      [
        '序號',
        '重點工作任務',
        '牽頭單位',
        '配合單位',
        '直接責任人',
        '承辦人',
        '完成時限',
        '分值',
        '得分',
        '進展情況',
        '完成情況',
      ],
    ]);
    expect(found?.layout.columns).toEqual({
      id: [0],
      task: [1],
      lead: [2],
      responsible: [3],
      direct: [4],
      handler: [5],
      deadline: [6],
      points: [7],
      score: [8],
      progress: [9],
      completion: [10],
    });
  });

  it('reads English headers', () => {
    const found = detect([['No.', 'Task', 'Lead unit', 'Responsible units', 'Deadline', 'Status']]);
    expect(found?.layout.columns).toEqual({
      id: [0],
      task: [1],
      lead: [2],
      responsible: [3],
      deadline: [4],
      completion: [5],
    });
  });

  it('keeps both describing columns: 工作任务 is the task, 具体内容 the detail', () => {
    const found = detect([['序号', '工作任务', '具体内容', '牵头单位', '完成时限']]);
    expect(found?.layout.columns).toMatchObject({ task: [1], detail: [2] });
  });

  it('reads a lone 工作内容 column as the task', () => {
    const found = detect([['工作内容', '责任单位', '完成时间']]);
    expect(found?.layout.columns).toMatchObject({ task: [0], responsible: [1], deadline: [2] });
  });

  it('headers with notes in brackets and line breaks', () => {
    const found = detect([['序\n号', '工作任务', '牵头单位\n（盖章）', '完成时限（年月日）']]);
    expect(found?.layout.columns).toEqual({ id: [0], task: [1], lead: [2], deadline: [3] });
  });

  it('warns about a second column for a single-column role and keeps the first', () => {
    const found = detect([['工作任务', '牵头单位', '完成时限', '截止日期']]);
    expect(found?.layout.columns.deadline).toEqual([2]);
    expect(found?.warnings).toEqual([
      {
        code: 'duplicate_column',
        sheet: 'Sheet1',
        cell: 'D1',
        params: { header: '截止日期', role: 'deadline' },
      },
    ]);
  });

  it('warns about a header that names two kinds of column', () => {
    const found = detect([['工作任务', '责任单位及责任人', '完成时限']]);
    expect(found?.warnings.map((w) => w.code)).toEqual(['ambiguous_header']);
  });

  it('finds nothing in a sheet without a task table', () => {
    expect(
      detect([
        ['姓名', '电话'],
        ['张三', '123'],
      ]),
    ).toBeNull();
    expect(detect([])).toBeNull();
    expect(detect([['工作任务'], ['任务一']])).toBeNull();
  });

  it('does not take a title merged across the table for a header', () => {
    const found = detect(
      [
        ['重点工作任务完成时限表', null, null],
        ['工作任务', '牵头单位', '完成时限'],
      ],
      ['A1:C1'],
    );
    expect(found?.layout.headerTop).toBe(1);
  });
});
