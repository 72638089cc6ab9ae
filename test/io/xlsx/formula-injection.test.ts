/**
 * Text from a user's cell stays text in every workbook we write: a cell that begins with
 * = + - @ or a control character never becomes a formula, and a leading apostrophe is kept.
 */
import ExcelJS from 'exceljs';
import { applyTrackPlan } from '../../../src/io/xlsx/tracked-workbook';
import { TRACKER_COLUMNS, TRACKER_FIRST_DATA_ROW } from '../../../src/core/track/tracker-columns';
import { reload } from '../../helpers/workbooks';

const HOSTILE_TEXTS = [
  '=1+1',
  '=HYPERLINK("http://example.com","点我")',
  '+86 731 8888',
  '-2+3',
  '@SUM(A1:A2)',
  '\t=1+1',
  '\r=1+1',
  '\n=1+1',
  "'=1+1",
  "'已完成",
];

describe('formula injection', () => {
  it('the tracker writes every hostile text as text, as the reader read it', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('分解表');
    ws.addRow(['工作任务', '牵头单位', '完成时限', '进展情况', '备注']);
    for (const text of HOSTILE_TEXTS) ws.addRow([text, text, '年底前', text, text]);
    const plan = applyTrackPlan(wb, { asOf: '2026-11-30', lang: 'zh-CN' });
    expect(plan.ok).toBe(true);
    const tracker = (await reload(wb)).getWorksheet('跟踪台账') as ExcelJS.Worksheet;
    HOSTILE_TEXTS.forEach((text, i) => {
      const row = tracker.getRow(TRACKER_FIRST_DATA_ROW + i);
      for (const column of ['task', 'lead', 'progress', 'remark'] as const) {
        const cell = row.getCell(TRACKER_COLUMNS.indexOf(column) + 1);
        expect({ column, type: cell.type, formula: cell.formula }).toEqual({
          column,
          type: ExcelJS.ValueType.String,
          formula: undefined,
        });
        // The reader trims surrounding whitespace; everything else is kept, apostrophe included.
        expect({ column, value: cell.value }).toEqual({ column, value: text.trim() });
      }
    });
  });
});
