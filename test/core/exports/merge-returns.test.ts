import { mergeReturns, type ReturnInput } from '../../../src/core/exports/merge-returns';
import type { ReturnRow } from '../../../src/core/exports/return-reading';
import type { SpecValue } from '../../../src/core/sheets/spec';
import type { TrackModel } from '../../../src/core/track/refresh';
import { emptyValues, type TrackerEntry } from '../../../src/core/track/tracker-entries';
import { CIVILIZED, examplePlan } from '../report/example-plan';

type Fields = Partial<ReturnRow['values']>;

let model: TrackModel;
beforeAll(async () => {
  model = (await examplePlan(CIVILIZED)).model;
});

/** A row as exported for `key`, with the unit's entries in `fields`. */
function row(key: string, fields: Fields = {}, base: Partial<ReturnRow['base']> = {}): ReturnRow {
  const values = model.tasks.find((t) => t.key === key)?.values;
  const exported = {
    progress: values?.progress ?? null,
    completion: values?.completion ?? null,
    doneDate: values?.doneDate ?? null,
    ...base,
  };
  return { key, row: 4, values: { ...exported, problems: null, ...fields }, base: exported };
}

function returned(file: string, unit: string, rows: ReturnRow[], exportDate = '2026-11-30'): ReturnInput {
  return {
    file,
    reading: {
      ok: true,
      file: { marker: { unit, exportDate, sheet: '督办事项', source: '任务分解', title: '' }, rows },
    },
  };
}

const merge = (...inputs: ReturnInput[]) => mergeReturns('zh-CN', model, inputs);
const date = (d: string): SpecValue => ({ date: d });

describe('mergeReturns', () => {
  it('applies what a unit changed and logs each previous value', () => {
    const result = merge(
      returned('执法大队.xlsx', '执法大队', [
        row('2', { progress: '已全部清理', completion: '已完成', doneDate: '2026/11/20' }),
      ]),
    );
    expect(result.updates).toEqual(
      new Map([['2', { progress: '已全部清理', completion: '已完成', doneDate: date('2026-11-20') }]]),
    );
    expect(result.log.map((e) => [e.kind, e.key, e.field, e.before, e.after])).toEqual([
      ['changed', '2', 'completion', null, '已完成'],
      ['changed', '2', 'doneDate', null, date('2026-11-20')],
      ['changed', '2', 'progress', '整治中', '已全部清理'],
    ]);
    expect(result.counts).toEqual({ files: 1, merged: 1, changes: 3, conflicts: 0, skipped: 0 });
  });

  it('gives applied progress as the note of the month its sheet went out, the later sheet’s month', () => {
    const result = merge(
      returned('a.xlsx', '执法大队', [row('2', { progress: '已清理' })], '2026-10-28'),
      returned('b.xlsx', '城南分局', [row('2', { progress: '已清理' })], '2026-11-02'),
      returned('c.xlsx', '市场监管科', [row('1', { completion: '已完成' })]),
    );
    expect(result.notes).toEqual(new Map([['2', new Map([['2026-11', '已清理']])]]));
  });

  it('ignores cells left as exported, and never erases with a blank', () => {
    const result = merge(returned('a.xlsx', '执法大队', [row('2', { progress: null }), row('6')]));
    expect(result.updates.size).toBe(0);
    expect(result.log.map((e) => e.kind)).toEqual(['unchanged']);
  });

  it('holds back completion and its date when two units answer differently', () => {
    const result = merge(
      returned('执法大队.xlsx', '执法大队', [
        row('2', { completion: '已完成', doneDate: date('2026-11-20') }),
      ]),
      returned('城南分局.xlsx', '城南分局', [row('2', { completion: '未完成' })]),
    );
    expect(result.updates.size).toBe(0);
    expect(result.log.map((e) => [e.file, e.kind, e.reason, e.field, e.after, e.params.others])).toEqual([
      ['执法大队.xlsx', 'conflict', 'units_disagree', 'completion', '已完成', '城南分局：未完成'],
      ['执法大队.xlsx', 'conflict', 'units_disagree', 'doneDate', date('2026-11-20'), '城南分局：未完成'],
      [
        '城南分局.xlsx',
        'conflict',
        'units_disagree',
        'completion',
        '未完成',
        '执法大队：已完成；执法大队：2026-11-20',
      ],
    ]);
    expect(result.counts.conflicts).toBe(3);
  });

  it('applies a completion two units agree on', () => {
    const result = merge(
      returned('a.xlsx', '执法大队', [row('2', { completion: '已完成' })]),
      returned('b.xlsx', '城南分局', [row('2', { completion: ' 已完成 ' })]),
    );
    expect(result.updates.get('2')).toEqual({ completion: '已完成' });
    expect(result.counts).toMatchObject({ changes: 2, conflicts: 0, merged: 2 });
  });

  it('keeps the progress of several units side by side, lead unit first', () => {
    const result = merge(
      returned('城北分局.xlsx', '城北分局', [row('2', { progress: '城北已清理' })]),
      returned('执法大队.xlsx', '执法大队', [row('2', { progress: '总体完成90%' })]),
    );
    expect(result.updates.get('2')).toEqual({ progress: '执法大队：总体完成90%\n城北分局：城北已清理' });
  });

  it('does not overwrite a cell the office changed after the export', () => {
    // Exported when the tracker said 整治中启动; the tracker now says 整治中.
    const result = merge(
      returned('执法大队.xlsx', '执法大队', [
        row('2', { progress: '已全部清理' }, { progress: '整治中启动' }),
      ]),
    );
    expect(result.updates.size).toBe(0);
    expect(result.log[0]).toMatchObject({
      kind: 'conflict',
      reason: 'changed_since_export',
      before: '整治中',
      after: '已全部清理',
      params: { exported: '整治中启动' },
    });
  });

  it('adds problems to the remark once, keeping what was there', () => {
    const first = merge(returned('a.xlsx', '执法大队', [row('6', { problems: '人手不足' })]));
    expect(first.updates.get('6')).toEqual({ remark: '存在问题（执法大队）：人手不足' });
    const withRemark = {
      ...model,
      tasks: model.tasks.map((t) =>
        t.key === '6'
          ? { ...t, values: { ...t.values, remark: '领导批示\n存在问题（执法大队）：人手不足' } }
          : t,
      ),
    };
    const again = mergeReturns('zh-CN', withRemark, [
      returned('a.xlsx', '执法大队', [row('6', { problems: '人手不足' })]),
      returned('b.xlsx', '广告监管科', [row('6', { problems: '取证难' })]),
    ]);
    expect(again.updates.get('6')).toEqual({
      remark: '领导批示\n存在问题（执法大队）：人手不足\n存在问题（广告监管科）：取证难',
    });
    expect(again.log.map((e) => [e.file, e.kind])).toEqual([
      ['a.xlsx', 'unchanged'],
      ['b.xlsx', 'changed'],
    ]);
  });

  it('reports files it cannot merge and keys it does not know', () => {
    const gone: TrackerEntry = {
      key: 'gone',
      archived: true,
      id: '',
      section: '',
      title: '已删除的任务',
      detail: '',
      lead: '',
      responsible: '',
      deadline: '',
      values: emptyValues(),
    };
    const archived = { ...model, archive: [gone] };
    const result = mergeReturns('zh-CN', archived, [
      returned('old.xlsx', '执法大队', [row('2', { progress: '十月' })], '2026-10-31'),
      returned('new.xlsx', '执法大队', [row('x9'), row('gone')]),
      { file: 'other.xlsx', reading: { ok: false, reason: 'not_ours' } },
      { file: 'broken.xlsx', reading: { ok: false, reason: 'no_items' } },
      { file: 'junk.xlsx', reading: null, error: '不是 xlsx 文件' },
    ]);
    expect(result.log.map((e) => [e.file, e.kind, e.key, e.params])).toEqual([
      ['old.xlsx', 'superseded', null, { newer: 'new.xlsx' }],
      ['new.xlsx', 'unknown_key', 'x9', {}],
      ['new.xlsx', 'archived_key', 'gone', {}],
      ['other.xlsx', 'not_ours', null, {}],
      ['broken.xlsx', 'no_items', null, {}],
      ['junk.xlsx', 'unreadable', null, { error: '不是 xlsx 文件' }],
    ]);
    expect(result.updates.size).toBe(0);
    expect(result.counts).toEqual({ files: 5, merged: 0, changes: 0, conflicts: 0, skipped: 4 });
  });
});
