import { entriesGrid, mergedEntries, viewWithEntries } from '../../../src/core/exports/merged-view';
import { readTrackerEntries } from '../../../src/core/track/tracker-entries';
import { CIVILIZED, examplePlan } from '../report/example-plan';

describe('the tracker as the merge leaves it', () => {
  it('reads back as exactly the merged entries, archived ones included, in either language', async () => {
    const { model } = await examplePlan(CIVILIZED);
    const archivedEntry = {
      ...mergedEntries(model, new Map())[0],
      key: 'old',
      archived: true,
      title: '旧任务',
    };
    const withArchive = { ...model, archive: [archivedEntry] };
    const entries = mergedEntries(
      withArchive,
      new Map([['2', { progress: '=已全部清理', doneDate: { date: '2026-11-20' }, completion: '已完成' }]]),
    );
    expect(entries.find((e) => e.key === '2')?.values).toMatchObject({
      progress: '=已全部清理',
      completion: '已完成',
      doneDate: { date: '2026-11-20' },
      points: 5,
    });
    for (const lang of ['zh-CN', 'en-US'] as const)
      expect(readTrackerEntries(entriesGrid(lang, '跟踪台账', entries))).toEqual(entries);
  });

  it('replaces only the tracker in the view', () => {
    const view = viewWithEntries(
      {
        sheetNames: ['源表', '跟踪台账'],
        grid: (name) => ({ sheetName: name, rows: [['原样']], merges: [] }),
      },
      'zh-CN',
      '跟踪台账',
      [],
    );
    expect(view.grid('源表').rows).toEqual([['原样']]);
    expect(view.grid('跟踪台账').rows[0]).toContain('任务键');
  });
});
