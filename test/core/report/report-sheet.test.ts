import { reportMarkdown } from '../../../src/core/report/markdown';
import { overdueSheet } from '../../../src/core/report/overdue-sheet';
import { reportSheet, reportTitle } from '../../../src/core/report/report-sheet';
import { wrappedLines, wrappedRowHeights } from '../../../src/core/sheets/row-heights';
import { headerRowOf } from '../../../src/core/sheets/spec';
import { bulletin, task } from './fixture';

describe('reportSheet', () => {
  const spec = reportSheet('zh-CN', bulletin(), '月报');
  const rowOf = (first: string) => headerRowOf(spec) + 1 + spec.rows.findIndex((r) => r[0] === first);

  it('puts title, as-of line, narrative and the totals table on top', () => {
    expect(spec.preamble.map((p) => p.values[0])).toEqual([
      '重点工作月报（2026年11月）',
      '截至2026年11月30日，共12项任务；与上月月报（截至2026年10月31日）比较',
      expect.stringMatching(/^截至2026年11月30日，12项重点任务中已完成2项/),
      '一、总体情况',
    ]);
    expect(spec.preamble[2]).toMatchObject({ merge: true, style: 'wrap' });
    expect(spec.columns.map((c) => c.header)).toEqual([
      '序号',
      '项目',
      '项数',
      '占比',
      '上月（2026-10-31）',
      '增减',
      '涉及单位',
    ]);
    expect(spec.rows.slice(0, 8)).toEqual([
      [1, '任务总数', 12, 1, 12, 0, null],
      [2, '已完成', 2, 2 / 12, 1, 1, null],
      [3, '按进度推进', 5, 5 / 12, 5, 0, null],
      [4, '临期', 1, 1 / 12, 1, 0, null],
      [5, '逾期', 3, 3 / 12, 4, -1, '区财政局、区住建局、区教育局'],
      [6, '长期', 1, 1 / 12, 1, 0, null],
      [7, '无时限', 0, 0, 0, 0, null],
      [8, '未评分', 1, 1 / 12, 0, 1, null],
    ]);
    // Shares as percentages and changes with their sign, over the totals rows only.
    expect(spec.rangeStyles).toEqual(
      expect.arrayContaining([
        { range: 'D6:D13', style: 'percent' },
        { range: 'E6:E13', style: 'number' },
        { range: 'F6:F13', style: 'signed' },
      ]),
    );
  });

  it('stacks the other tables under numbered headings, with an empty one saying 无', () => {
    const headings = spec.rows.filter((r) => typeof r[0] === 'string' && /^[一二三四五六]、/.test(r[0]));
    expect(headings.map((r) => r[0])).toEqual([
      '二、单位排名',
      '三、逾期任务（3项）',
      '四、本月完成（1项）',
      '五、下月到期（2项）',
      '六、定期报送未报（0项）',
    ]);
    const overdueHeader = spec.rows.findIndex((r) => r[0] === '三、逾期任务（3项）') + 1;
    expect(spec.rows[overdueHeader]).toEqual([
      '序号',
      '工作任务',
      '牵头单位',
      '责任人',
      '截止日期',
      '逾期天数',
      '最新进展',
    ]);
    expect(spec.rows[overdueHeader + 2]).toEqual([
      2,
      '老旧小区改造',
      '区住建局',
      null,
      { date: '2026-11-10' },
      20,
      '完成85%',
    ]);
    expect(spec.rowStyles).toEqual(expect.arrayContaining([{ index: overdueHeader, style: 'header' }]));
    expect(spec.rows[spec.rows.length - 1]).toEqual([null, '无']);
  });

  it('draws data bars over the completion rates of the ranking', () => {
    const report = bulletin({
      units: [
        { name: '区财政局', rank: 1, rate: 0.5, ...counts(2, 1) },
        { name: '区住建局', rank: 2, rate: 0, ...counts(1, 0) },
      ],
    });
    const sheet = reportSheet('zh-CN', report, '月报');
    const first = headerRowOf(sheet) + 1 + sheet.rows.findIndex((r) => r[1] === '区财政局');
    expect(sheet.dataBars).toEqual([{ range: `G${first}:G${first + 1}`, color: '63BE7B' }]);
    expect(sheet.rangeStyles).toEqual(
      expect.arrayContaining([{ range: `G${first}:G${first + 1}`, style: 'percent' }]),
    );
  });

  it('prints landscape, one page wide, the title rows repeated, with header and page numbers', () => {
    expect(spec.print).toEqual({
      landscape: true,
      fitToWidth: true,
      repeatRows: '1:2',
      header: '&L重点工作月报（2026年11月）&R截至2026-11-30',
      footer: '&C第 &P 页，共 &N 页',
    });
    expect(spec.freeze).toEqual({ rows: 2, columns: 0 });
    expect(rowOf('二、单位排名')).toBeGreaterThan(headerRowOf(spec));
  });

  it('titles a report without a source title, and escapes & in print headers', () => {
    expect(reportTitle('zh-CN', bulletin({ title: '' }))).toBe('工作月报（2026年11月）');
    expect(reportTitle('en-US', bulletin({ title: 'R&D' }))).toBe('R&D: monthly report 2026-11');
    expect(reportSheet('en-US', bulletin({ title: 'R&D' }), 'Report').print?.header).toBe(
      '&LR&&D: monthly report 2026-11&RAs of 2026-11-30',
    );
  });

  it('gives the narrative and long cells the height of their wrapped lines', () => {
    const sheetWidth = spec.columns.reduce((sum, c) => sum + c.width, 0);
    expect(spec.preamble[2].height).toBe(
      15 * wrappedLines(String(spec.preamble[2].values[0]), sheetWidth) + 3,
    );
    const notes = reportSheet(
      'zh-CN',
      bulletin({
        overdue: [{ ...task('短', '区财政局'), due: '2026-11-10', days: 20, note: '进展'.repeat(40) }],
      }),
      '月报',
    );
    const index = notes.rows.findIndex((r) => r[6] === '进展'.repeat(40));
    // 160 units in a column 36 wide: 35 usable per line, 5 lines.
    expect(notes.rowHeights).toContainEqual({ index, height: 5 * 15 + 3 });
  });
});

function counts(total: number, done: number) {
  return {
    total,
    done,
    overdue: 0,
    due_soon: 0,
    on_track: total - done,
    ongoing: 0,
    no_deadline: 0,
    unscored: 0,
    lead: total,
    responsible: 0,
    points: 0,
    score: 0,
  };
}

describe('text heights', () => {
  it('counts wide characters twice and keeps line breaks', () => {
    expect(wrappedLines('abc', 10)).toBe(1);
    expect(wrappedLines('一二三四五', 10)).toBe(2);
    expect(wrappedLines('一\n二\n三', 10)).toBe(3);
    expect(
      wrappedRowHeights(
        [
          { header: 'a', width: 10, style: 'wrap' },
          { header: 'b', width: 4, style: 'number' },
        ],
        [
          ['短', 123456789],
          ['一二三四五六七八九十', null],
        ],
      ),
    ).toEqual([{ index: 1, height: 3 * 15 + 3 }]);
  });
});

describe('overdueSheet', () => {
  it('lists the overdue tasks with their days and notes, header repeated on each page', () => {
    const spec = overdueSheet('zh-CN', bulletin(), '逾期清单');
    expect(spec.preamble.map((p) => p.values[0])).toEqual([
      '2026年重点工作逾期任务清单',
      '截至2026年11月30日，逾期3项，按逾期天数排列',
    ]);
    expect(spec.rows[0]).toEqual([
      1,
      '预算绩效管理改革',
      '区财政局',
      null,
      null,
      null,
      { date: '2026-10-31' },
      30,
      null,
    ]);
    expect(spec.print?.repeatRows).toBe('3:3');
    expect(spec.freeze).toEqual({ rows: 3, columns: 2 });
  });
});

describe('reportMarkdown', () => {
  it('prints the title, narrative and tables, escaping what would break a table', () => {
    const report = bulletin({
      overdue: [{ ...task('管道|改造', '区住建局'), due: '2026-11-10', days: 20, note: '第一步\n第二步' }],
    });
    const md = reportMarkdown('zh-CN', report);
    expect(md).toMatch(/^# 重点工作月报（2026年11月）\n\n截至2026年11月30日，共12项任务/);
    expect(md).toContain('| 5 | 逾期 | 3 | 25.0% | 4 | -1 | 区住建局 |');
    expect(md).toContain('| 2 | 已完成 | 2 | 16.7% | 1 | +1 |  |');
    expect(md).toContain('| 1 | 管道\\|改造 | 区住建局 |  | 2026-11-10 | 20 | 第一步<br>第二步 |');
    expect(md).toContain('## 六、定期报送未报（0项）\n\n无');
  });
});
