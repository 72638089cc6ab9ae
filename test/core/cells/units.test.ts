import fc from 'fast-check';
import { splitList } from '../../../src/core/cells/split-list';
import { assignUnits, splitUnits } from '../../../src/core/cells/units';

describe('splitUnits', () => {
  it.each([
    ['城南分局、城北分局', ['城南分局', '城北分局']],
    ['市水务局，各区政府', ['市水务局', '各区政府']],
    ['市水务局,各区政府;市财政局；市教育局', ['市水务局', '各区政府', '市财政局', '市教育局']],
    ['区财政局/区住建局／区教育局', ['区财政局', '区住建局', '区教育局']],
    ['区财政局\n区住建局\r\n区教育局', ['区财政局', '区住建局', '区教育局']],
    ['区城管局（区综合执法局）、区住建局', ['区城管局（区综合执法局）', '区住建局']],
    ['区城管局(区综合执法局、区市容所)', ['区城管局(区综合执法局、区市容所)']],
    ['  各科室 、 各基层分局。', ['各科室', '各基层分局']],
    ['城南分局、城南分局', ['城南分局']],
    ['', []],
  ])('%s', (text, names) => {
    expect(splitUnits(text).map((u) => u.name)).toEqual(names);
  });

  it('reads a （牵头） marker as lead and drops it from the name', () => {
    expect(splitUnits('区财政局、区住建局（牵头）')).toEqual([
      { name: '区财政局', markedLead: false },
      { name: '区住建局', markedLead: true },
    ]);
  });
});

describe('assignUnits', () => {
  it('uses the lead column when there is one', () => {
    expect(assignUnits('市场监管科', '城南分局、城北分局')).toEqual({
      leadUnits: ['市场监管科'],
      responsibleUnits: ['城南分局', '城北分局'],
    });
  });

  it('takes the first listed unit as lead when there is no lead column', () => {
    expect(assignUnits(null, '区财政局、区住建局、区教育局')).toEqual({
      leadUnits: ['区财政局'],
      responsibleUnits: ['区住建局', '区教育局'],
    });
  });

  it('prefers a （牵头） marker over the first-listed convention', () => {
    expect(assignUnits(null, '区财政局、区住建局（牵头）')).toEqual({
      leadUnits: ['区住建局'],
      responsibleUnits: ['区财政局'],
    });
  });

  it('never lists the lead among the responsible units', () => {
    expect(assignUnits('区财政局', '区财政局、区住建局')).toEqual({
      leadUnits: ['区财政局'],
      responsibleUnits: ['区住建局'],
    });
  });

  it('leaves the lead empty when the lead cell is empty', () => {
    expect(assignUnits('', '区财政局')).toEqual({ leadUnits: [], responsibleUnits: ['区财政局'] });
  });
});

describe('splitList properties', () => {
  const name = fc.string({
    unit: fc.constantFrom(...'区市局科委办财政住建城管教育'.split('')),
    minLength: 1,
    maxLength: 6,
  });
  const bracketed = fc
    .tuple(
      name,
      fc.array(name, { minLength: 1, maxLength: 3 }),
      fc.constantFrom('、', '，', ',', '；', '/', '\n'),
    )
    .map(([outer, inner, sep]) => `${outer}（${inner.join(sep)}）`);

  it('never splits inside brackets', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(name, bracketed), { minLength: 1, maxLength: 5 }),
        fc.constantFrom('、', '，', '；', '\n'),
        (items, sep) => {
          expect(splitList(items.join(sep))).toEqual(items);
        },
      ),
    );
  });

  it('never throws and is idempotent on any text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const parts = splitList(text);
        for (const part of parts)
          expect(splitList(part)).toEqual([part].filter((p) => splitList(p).length > 0));
      }),
    );
  });
});
