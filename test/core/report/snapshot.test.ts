import { decodeSnapshot, encodeSnapshot, previousSnapshot } from '../../../src/core/report/snapshot';
import { emptyCounts } from '../../../src/core/summary';

describe('report snapshots', () => {
  const snapshot = { month: '2026-11', asOf: '2026-11-30', counts: { ...emptyCounts(), total: 9, done: 3 } };

  it('round-trips through its meta entry', () => {
    const [key, value] = encodeSnapshot(snapshot);
    expect(key).toBe('snapshot:2026-11');
    expect(decodeSnapshot(key, value)).toEqual(snapshot);
  });

  it('ignores entries that are not well-formed snapshots', () => {
    const good = JSON.stringify({ asOf: '2026-11-30', ...emptyCounts() });
    expect(decodeSnapshot('snapshot:2026-13', good)).toBeNull();
    expect(decodeSnapshot('other:2026-11', good)).toBeNull();
    expect(decodeSnapshot('snapshot:2026-11', '{not json')).toBeNull();
    expect(
      decodeSnapshot('snapshot:2026-11', JSON.stringify({ ...emptyCounts(), asOf: '2026-11-31' })),
    ).toBeNull();
    expect(decodeSnapshot('snapshot:2026-11', JSON.stringify({ asOf: '2026-11-30', total: -1 }))).toBeNull();
  });

  it('takes the latest month before the report month', () => {
    const entries = new Map([
      encodeSnapshot({ ...snapshot, month: '2026-08' }),
      encodeSnapshot({ ...snapshot, month: '2026-10' }),
      encodeSnapshot(snapshot),
      ['source', '任务分解'],
    ]);
    expect(previousSnapshot(entries, '2026-11')?.month).toBe('2026-10');
    expect(previousSnapshot(entries, '2026-08')).toBeNull();
  });
});
