import { parseCellRange } from '../../../src/core/read/cell-range';
import { cropGrid } from '../../../src/core/read/crop-grid';
import { cellAt } from '../../../src/core/grid';
import { grid } from '../../helpers/grid';

const area = (text: string) => parseCellRange(text)!;

describe('cropGrid', () => {
  const sheet = grid(
    [
      ['a1', 'b1', 'c1', 'd1'],
      ['a2', 'b2', 'c2', 'd2'],
      ['a3', 'b3', 'c3', 'd3'],
      ['a4', 'b4', 'c4', 'd4'],
    ],
    ['A1:A4', 'C1:D1', 'D3:D4'],
  );

  it('keeps the area’s cells at their own addresses and nothing else', () => {
    const cropped = cropGrid(sheet, area('B2:C3'));
    expect(cropped.sheetName).toBe('Sheet1');
    expect(cellAt(cropped, 1, 1)).toBe('b2');
    expect(cellAt(cropped, 2, 2)).toBe('c3');
    for (const [r, c] of [
      [0, 1],
      [1, 0],
      [1, 3],
      [3, 1],
    ])
      expect(cellAt(cropped, r, c)).toBeNull();
    expect(cropped.rows).toHaveLength(3);
  });

  it('clips a merged area crossing the edge and moves its value inside', () => {
    const cropped = cropGrid(sheet, area('A2:D3'));
    // A1:A4 holds 'a1': inside, A2:A3 holds it now.
    expect(cropped.merges).toEqual(expect.arrayContaining([{ top: 1, left: 0, bottom: 2, right: 0 }]));
    expect(cellAt(cropped, 1, 0)).toBe('a1');
    // D3:D4 clipped to the single cell D3 is no longer a merge, and keeps its own value.
    expect(cropped.merges).toHaveLength(1);
    expect(cellAt(cropped, 2, 3)).toBe('d3');
  });

  it('takes whole columns and rows, and stops at the grid’s end', () => {
    expect(cropGrid(sheet, area('C:D')).rows.map((r) => cellAt({ ...sheet, rows: [r] }, 0, 3))).toEqual([
      'd1',
      'd2',
      'd3',
      'd4',
    ]);
    expect(cropGrid(sheet, area('3:9')).rows).toHaveLength(4);
    expect(cellAt(cropGrid(sheet, area('3:9')), 1, 1)).toBeNull();
  });
});
