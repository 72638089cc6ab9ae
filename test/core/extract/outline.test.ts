import type { CleanLine } from '../../../src/core/extract/clean-text';
import { markerOf, outlineOf, type OutlineNode } from '../../../src/core/extract/outline';

const lines = (...texts: string[]): CleanLine[] =>
  texts.map((text, i) => ({ text, line: i + 1, repaired: false }));
const shape = (node: OutlineNode): unknown => [
  node.ordinal,
  node.text,
  node.body.map((l) => l.text),
  node.children.map(shape),
];

describe('markerOf', () => {
  it.each([
    ['一、指导思想', 1, '一、'],
    ['十二. 其他', 1, '十二.'],
    ['（一）背街小巷整治', 2, '（一）'],
    ['(三)建立一个平台', 2, '(三)'],
    ['1.上市商品', 3, '1.'],
    ['3、社会保险', 3, '3、'],
    ['1加大宣传力度', 3, '1'],
    ['（2）户外广告', 4, '（2）'],
    ['(6)发布广告', 4, '(6)'],
    ['①制作展板', 5, '①'],
  ])('%s is level %i', (text, rank, ordinal) => {
    expect(markerOf(text)).toMatchObject({ rank, ordinal });
  });

  it.each([
    '14天以上无新增病例',
    '3月11日-4月15日，整改',
    '10-20户组成联防群',
    '1.5万元',
    '20xx年',
    '一是加强教育',
    '十分重要',
  ])('%s is not numbered', (text) => {
    expect(markerOf(text)).toBeNull();
  });
});

describe('outlineOf', () => {
  it('nests by level, skips missing levels and keeps unnumbered lines as body', () => {
    const root = outlineOf(
      lines(
        '前言',
        '一、任务',
        '（一）甲',
        '说明',
        '1.子项',
        '（1）细项',
        '牵头单位：A',
        '（二）乙',
        '二、要求',
        '（1）跳过一级',
      ),
    );
    expect(shape(root)).toEqual([
      '',
      '',
      ['前言'],
      [
        [
          '一、',
          '任务',
          [],
          [
            ['（一）', '甲', ['说明'], [['1.', '子项', [], [['（1）', '细项', ['牵头单位：A'], []]]]]],
            ['（二）', '乙', [], []],
          ],
        ],
        ['二、', '要求', [], [['（1）', '跳过一级', [], []]]],
      ],
    ]);
  });
});
