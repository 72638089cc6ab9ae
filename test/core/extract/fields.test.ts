import { parseFields } from '../../../src/core/extract/fields';

const brief = (text: string) => {
  const { before, fields, after } = parseFields(text);
  return { before, fields: fields.map((f) => [f.role, f.value, f.scope]), ...(after ? { after } : {}) };
};

describe('parseFields', () => {
  it('reads one field a line and several on a line', () => {
    expect(brief('牵头单位：区城管局（区综合执法局）')).toEqual({
      before: '',
      fields: [['lead', '区城管局（区综合执法局）', null]],
    });
    expect(brief('牽頭單位:xxx；責任單位:各街道')).toEqual({
      before: '',
      fields: [
        ['lead', 'xxx', null],
        ['responsible', '各街道', null],
      ],
    });
  });

  it('keeps a field the plan leaves blank as an empty value', () => {
    expect(brief('責任單位:')).toEqual({ before: '', fields: [['responsible', '', null]] });
  });

  it('separates the text before the first label', () => {
    expect(brief('“勞動監察部門采取有力措施”。直接責任人:趙東風;承辦人:杜輝。')).toEqual({
      before: '“勞動監察部門采取有力措施”',
      fields: [
        ['direct', '趙東風', null],
        ['handler', '杜輝', null],
      ],
    });
  });

  it('reads the scope written before each person list', () => {
    const text =
      '“社會保險基金征繳率大于95%”。企業養老保險直接責任人:尤艷俠;承辦人:曹雷、馮敏。機關事業養老保險直接責任人:商靜;承辦人:王光輝。工傷保險、生育保險直接責任人:滕俊江;承辦人:姚紅。';
    expect(brief(text)).toEqual({
      before: '“社會保險基金征繳率大于95%”',
      fields: [
        ['direct', '尤艷俠', '企業養老保險'],
        ['handler', '曹雷、馮敏', null],
        ['direct', '商靜', '機關事業養老保險'],
        ['handler', '王光輝', null],
        ['direct', '滕俊江', '工傷保險、生育保險'],
        ['handler', '姚紅', null],
      ],
    });
  });

  it('keeps a sentence after the last value', () => {
    expect(brief('直接责任人：张三。须在5月底前完成。')).toEqual({
      before: '',
      fields: [['direct', '张三', null]],
      after: '须在5月底前完成',
    });
  });

  it('tells 副组长 from 组长 and reads group fields', () => {
    expect(brief('組長:覃南術;副組長:李德庭;成員:規建辦、各村、社區居委會。')).toEqual({
      before: '',
      fields: [
        ['groupLeader', '覃南術', null],
        ['deputy', '李德庭', null],
        ['members', '規建辦、各村、社區居委會', null],
      ],
    });
  });

  it('ignores label words not followed by a colon', () => {
    expect(brief('xxx(區局黨組成員、紀檢組長)')).toEqual({
      before: 'xxx(區局黨組成員、紀檢組長)',
      fields: [],
    });
  });
});
