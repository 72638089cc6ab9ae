import { readSheet } from '../../../src/core/read/read-sheet';
import { parseCellRange } from '../../../src/core/read/cell-range';
import type { CellValue } from '../../../src/core/grid';
import { grid } from '../../helpers/grid';

const options = { asOf: '2026-11-30', planYear: 2026 };

function read(
  rows: CellValue[][],
  merges: string[] = [],
  extra: Partial<typeof options> & { map?: Record<string, string> } = {},
) {
  const reading = readSheet(grid(rows, merges, '分解表'), { ...options, ...extra });
  if (!reading) throw new Error('no table');
  return reading;
}

describe('readSheet rows', () => {
  it('applies a merged lead cell to every row it spans', () => {
    const { tasks } = read(
      [
        ['序号', '工作任务', '牵头单位', '完成时限'],
        [1, '任务一', '区财政局', '6月底前'],
        [2, '任务二', null, '9月底前'],
        [3, '任务三', '区住建局', '年底前'],
      ],
      ['C2:C3'],
    );
    expect(tasks.map((t) => [t.row, t.leadUnits])).toEqual([
      [2, ['区财政局']],
      [3, ['区财政局']],
      [4, ['区住建局']],
    ]);
  });

  it('reads section headings: merged across, 一、 alone, and ordinal + text', () => {
    const { tasks } = read(
      [
        ['序号', '工作任务', '牵头单位', '完成时限'],
        ['一、基础设施', null, null, null],
        [1, '任务一', '区财政局', '6月底前'],
        [null, '二、公共服务', null, null],
        [2, '任务二', '区教育局', '9月底前'],
        ['（一）', '教育', null, null],
        [3, '任务三', '区教育局', '9月底前'],
        ['三', '社会治理', null, null],
        [4, '任务四', '区司法局', '年底前'],
      ],
      ['A2:D2'],
    );
    expect(tasks.map((t) => t.section)).toEqual([
      '一、基础设施',
      '二、公共服务',
      '二、公共服务 / （一）教育',
      '三、社会治理',
    ]);
  });

  it('nests a （一） heading under its 一、 heading', () => {
    const { tasks } = read(
      [
        ['工作任务', '牵头单位', '完成时限'],
        ['一、基础设施', null, null],
        ['（一）道路', null, null],
        ['任务一', '区交通局', '6月底前'],
      ],
      ['A2:C2', 'A3:C3'],
    );
    expect(tasks[0].section).toBe('一、基础设施 / （一）道路');
  });

  it('skips blank rows, footnotes and totals', () => {
    const { tasks, warnings } = read([
      ['序号', '工作任务', '牵头单位', '完成时限', '分值'],
      [1, '任务一', '区财政局', '6月底前', 5],
      [],
      [null, null, null, null, null],
      ['合计', null, null, null, 5],
      ['注：1. 完成时限以文件为准。', null, null, null, null],
      ['说明：本表由区政府办汇总', null, null, null, null],
    ]);
    expect(tasks).toHaveLength(1);
    expect(warnings).toEqual([]);
  });

  it('takes the first responsible unit as lead without a lead column', () => {
    const { tasks } = read([
      ['工作任务', '责任单位', '完成时限'],
      ['任务一', '区财政局、区住建局、区教育局', '6月底前'],
    ]);
    expect(tasks[0]).toMatchObject({ leadUnits: ['区财政局'], responsibleUnits: ['区住建局', '区教育局'] });
  });

  it('warns with cell addresses: unparsed deadline, no lead, duplicate id', () => {
    const { warnings } = read([
      ['序号', '工作任务', '牵头单位', '完成时限'],
      [1, '任务一', '', '待定'],
      [1, '任务二', '区财政局', '6月底前'],
    ]);
    expect(warnings).toEqual([
      { code: 'no_lead', sheet: '分解表', cell: 'C2', params: { task: '任务一' } },
      { code: 'deadline_unparsed', sheet: '分解表', cell: 'D2', params: { text: '待定' } },
      { code: 'duplicate_id', sheet: '分解表', cell: 'A3', params: { id: '1', other: 2 } },
    ]);
  });

  it('reads points, scores and the unscored flag', () => {
    const { tasks, hasScoring } = read([
      ['工作任务', '牵头单位', '完成时限', '分值', '得分', '完成情况'],
      ['已完成已评分', '甲', '6月底前', 5, 5, '已完成'],
      ['已完成未评分', '甲', '6月底前', '5分', null, '已完成'],
      ['逾期未评分', '甲', '10月底前', 5, null, null],
      ['未到期', '甲', '12月底前', 5, null, null],
    ]);
    expect(hasScoring).toBe(true);
    expect(tasks.map((t) => [t.points, t.score, t.unscored])).toEqual([
      [5, 5, false],
      [5, null, true],
      [5, null, true],
      [5, null, false],
    ]);
  });

  it('reads a date done as done when there is no completion word', () => {
    const { tasks } = read([
      ['工作任务', '牵头单位', '完成时限', '完成日期'],
      ['任务一', '甲', '6月底前', new Date(Date.UTC(2026, 5, 20))],
    ]);
    expect(tasks[0]).toMatchObject({ done: true, status: 'done', doneDate: '2026-06-20' });
  });

  it('reads real date cells and serial numbers as deadlines', () => {
    const { tasks } = read([
      ['工作任务', '牵头单位', '完成时限'],
      ['任务一', '甲', new Date(Date.UTC(2026, 11, 31))],
      ['任务二', '甲', 46203],
    ]);
    expect(tasks.map((t) => t.deadline.due)).toEqual(['2026-12-31', '2026-06-30']);
  });

  it('returns null for a sheet without a table', () => {
    expect(readSheet(grid([['通讯录'], ['张三', '123']]), options)).toBeNull();
  });
});

describe('readSheet within a range (a selection, --range)', () => {
  const area = (text: string) => parseCellRange(text)!;

  it('finds a header below the first 30 rows when the range starts there', () => {
    const rows: CellValue[][] = [
      ...Array.from({ length: 34 }, (_, i) => [`说明第${i + 1}条`]),
      ['序号', '工作任务', '牵头单位', '完成时限'],
      [1, '任务一', '区财政局', '6月底前'],
      [2, '任务二', '区住建局', '年底前'],
    ];
    expect(readSheet(grid(rows), options)).toBeNull();
    const reading = readSheet(grid(rows), { ...options, range: area('A35:D40') });
    expect(reading?.layout.headerTop).toBe(34);
    expect(reading?.tasks.map((t) => [t.row, t.title])).toEqual([
      [36, '任务一'],
      [37, '任务二'],
    ]);
  });

  it('reads the table selected of two side by side, its cells at their own addresses', () => {
    const rows: CellValue[][] = [
      ['序号', '工作任务', '牵头单位', '完成时限', null, '序号', '工作任务', '牵头单位', '完成时限'],
      [1, '去年任务', '区财政局', '2025年6月', null, 1, '今年任务一', '区教育局', '6月底前'],
      [null, null, null, null, null, 2, '今年任务二', null, '明天'],
    ];
    // The whole sheet reads as one table with both tasks columns, mixing the two.
    const whole = readSheet(grid(rows), options);
    expect(whole?.tasks.map((t) => t.title)).not.toEqual(['今年任务一', '今年任务二']);
    const right = readSheet(grid(rows), { ...options, range: area('F1:I3') });
    expect(right?.tasks.map((t) => t.title)).toEqual(['今年任务一', '今年任务二']);
    expect(right?.layout.columns.task).toEqual([6]);
    // No lead in H3, a deadline not understood in I3: addresses in the sheet, not in the range.
    expect(right?.warnings.map((w) => w.cell)).toEqual(['H3', 'I3']);
  });

  it('keeps a merged lead cell that starts above the range', () => {
    const reading = readSheet(
      grid(
        [
          ['序号', '工作任务', '牵头单位', '完成时限'],
          [1, '任务一', '区财政局', '6月底前'],
          [2, '任务二', null, '9月底前'],
        ],
        ['C2:C3'],
      ),
      { ...options, range: area('A1:D3') },
    );
    expect(reading?.tasks.map((t) => t.leadUnits)).toEqual([['区财政局'], ['区财政局']]);
  });

  it('applies a column map from the range’s top', () => {
    const rows: CellValue[][] = [
      ...Array.from({ length: 40 }, () => ['备注']),
      ['编', '事项', '单位', '时间'],
      [1, '任务一', '区财政局', '6月底前'],
    ];
    const reading = readSheet(grid(rows), {
      ...options,
      range: area('A41:D42'),
      map: { task: '事项', lead: 'C', deadline: 'D' },
    });
    expect(reading?.tasks.map((t) => [t.row, t.title, t.leadUnits])).toEqual([[42, '任务一', ['区财政局']]]);
  });
});
