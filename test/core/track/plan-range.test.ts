/** The planner and a range: applied to the source, saved with the build, reused by a refresh, dropped when asked. */
import type { CellValue, Grid } from '../../../src/core/grid';
import { parseCellRange } from '../../../src/core/read/cell-range';
import { META_SHEET_NAME } from '../../../src/core/sheets/meta-sheet';
import {
  planTrackedWorkbook,
  type TrackRequest,
  type WorkbookView,
} from '../../../src/core/track/plan-workbook';
import { grid } from '../../helpers/grid';
import { specToGrid } from '../../helpers/spec-grid';

const REQUEST: TrackRequest = { asOf: '2026-11-30', lang: 'zh-CN' };

/** A sheet whose task table starts at row 35, below 34 lines of notes: out of the reader's own reach. */
const SOURCE = grid(
  [
    ...Array.from({ length: 34 }, (_, i): CellValue[] => [`说明第${i + 1}条`]),
    ['序号', '工作任务', '牵头单位', '完成时限'],
    [1, '任务一', '区财政局', '6月底前'],
    [2, '任务二', '区住建局', '年底前'],
  ],
  [],
  '分解',
);
const OTHER = grid(
  [
    ['序号', '工作任务', '牵头单位', '完成时限'],
    [1, '别的任务', '区教育局', '年底前'],
  ],
  [],
  '其他',
);

function viewOf(grids: Grid[]): WorkbookView {
  return {
    sheetNames: grids.map((g) => g.sheetName),
    grid: (name) => grids.find((g) => g.sheetName === name) as Grid,
  };
}

function built() {
  const plan = planTrackedWorkbook(viewOf([SOURCE, OTHER]), {
    ...REQUEST,
    sheet: '分解',
    range: parseCellRange('A35:D40'),
  });
  if (!plan.ok) throw new Error(plan.reason);
  const meta = plan.specs.find((s) => s.name === META_SHEET_NAME);
  if (!meta) throw new Error('no meta sheet');
  return { plan, withMeta: viewOf([SOURCE, OTHER, specToGrid(meta)]) };
}

describe('planTrackedWorkbook with a range', () => {
  it('reads the table in the range and saves the range with the build', () => {
    expect(planTrackedWorkbook(viewOf([SOURCE]), { ...REQUEST, sheet: '分解' })).toMatchObject({
      ok: false,
      reason: 'no_table',
    });
    const { plan } = built();
    expect(plan.reading.tasks.map((t) => t.row)).toEqual([36, 37]);
    expect(plan.meta.range).toBe('A35:D40');
  });

  it('reuses the saved range on a refresh, and drops it when asked for the whole sheet', () => {
    const { withMeta } = built();
    const refreshed = planTrackedWorkbook(withMeta, REQUEST);
    expect(refreshed.ok && refreshed.reading.tasks.map((t) => t.title)).toEqual(['任务一', '任务二']);
    expect(refreshed.ok && refreshed.meta.range).toBe('A35:D40');
    expect(planTrackedWorkbook(withMeta, { ...REQUEST, range: null })).toMatchObject({ ok: false });
  });

  it('keeps a saved range to its sheet: another source is read whole', () => {
    const { withMeta } = built();
    const other = planTrackedWorkbook(withMeta, { ...REQUEST, sheet: '其他' });
    expect(other.ok && other.reading.tasks.map((t) => t.title)).toEqual(['别的任务']);
    expect(other.ok && other.meta.range).toBeNull();
  });
});
