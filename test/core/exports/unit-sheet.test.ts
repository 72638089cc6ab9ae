import { unitExports } from '../../../src/core/exports/unit-exports';
import { unitSheet } from '../../../src/core/exports/unit-sheet';
import { UNIT_COLUMNS } from '../../../src/core/exports/unit-columns';
import { CIVILIZED, examplePlan } from '../report/example-plan';

describe('per-unit supervision sheets', () => {
  it('lists a unit’s tasks as lead and as partner, with what the office holds pre-filled', async () => {
    const { model } = await examplePlan(CIVILIZED);
    const spec = unitSheet('zh-CN', model, '执法大队', '督办事项', '2026-11-30');
    const col = (name: (typeof UNIT_COLUMNS)[number]) => UNIT_COLUMNS.indexOf(name);
    expect(spec.rows.map((r) => [r[col('key')], r[col('task')], r[col('role')], r[col('progress')]])).toEqual(
      [
        ['2', '清理占道经营和出店经营', '牵头', '整治中'],
        ['5', '烟草户外广告清理', '配合', null],
        ['6', '虚假广告查处', '配合', '立案3起'],
      ],
    );
    // The exported values are kept beside what the unit may change.
    for (const r of spec.rows) {
      expect(r[col('baseProgress')]).toEqual(r[col('progress')]);
      expect(r[col('baseCompletion')]).toEqual(r[col('completion')]);
      expect(r[col('problems')]).toBeNull();
    }
    expect(spec.columns.filter((c) => c.hidden).map((c) => c.header)).toEqual([
      '任务键',
      '导出时进展情况',
      '导出时完成情况',
      '导出时完成日期',
    ]);
    expect(spec.protect).toEqual({ unlocked: ['L4:L6', 'M4:M6', 'N4:N6', 'O4:O6'] });
    expect(spec.validations).toEqual([{ range: 'M4:M6', values: ['已完成', '未完成'] }]);
    expect(spec.preamble[0].values[0]).toBe('执法大队督办事项（截至2026-11-30）');
  });

  it('makes one workbook per unit, each with its marker', async () => {
    const { model } = await examplePlan(CIVILIZED);
    const exports = unitExports('zh-CN', model, { asOf: '2026-11-30', source: '任务分解', title: '创文' });
    expect(exports).toHaveLength(13);
    expect(new Set(exports.map((e) => e.fileName)).size).toBe(13);
    const office = exports.find((e) => e.unit === '各基层分局');
    expect(office?.fileName).toBe('各基层分局.xlsx');
    expect(office?.specs[0].rows).toHaveLength(4);
    expect(office?.specs[1]).toMatchObject({ name: '_respmatrix_export', state: 'veryHidden' });
    expect(office?.specs[1].rows).toEqual(
      expect.arrayContaining([
        ['unit', '各基层分局'],
        ['exportDate', '2026-11-30'],
        ['sheet', '督办事项'],
      ]),
    );
  });
});
