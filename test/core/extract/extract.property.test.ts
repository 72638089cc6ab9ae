import fc from 'fast-check';
import { breakdownSheet } from '../../../src/core/extract/breakdown-rows';
import { cleanPlanText } from '../../../src/core/extract/clean-text';
import { extractPlan } from '../../../src/core/extract/extract-plan';
import { splitPlans } from '../../../src/core/extract/split-plans';
import { planFixture } from './fixtures';
import { garble } from '../../helpers/gbk';

const PLAN_LINES = [
  ...planFixture('simplified-outline').split('\n'),
  ...planFixture('phases').split('\n'),
  ...planFixture('groups').split('\n'),
  '文明社區(qū)創(chuàng)建工作方案 篇6',
  ' 。ㄒ唬┘Q(mào)市場環(huán)境整治工作',
  ' 。2)戶外廣告發(fā)布的內(nèi)容',
  '為“達標社區”!笆巧鐓^(qū)”每年評選一次',
  '落到實處?h打擊傳銷',
  '3、“社會保險基金征繳率大于95%”。企業養老保險直接責任人:尤艷俠;承辦人:曹雷、馮敏。失業保險直接責任人:朱英鵬;承辦人:趙偉。',
  '即將各項指標分成創建理念、辦公設施十個方面,按照十分制考核,每個方面達到9分以上獲得“一星”',
  '組長:',
  '副組長:xxx(區局黨組成員、副局長)',
  'xxx(區局黨組成員、紀檢組長)',
  '(二)各項目標任務必須在20xx年5月30日前全面完成',
  '（一）宣傳發動階段(20xx年9月1日-9日)',
  '3月11日-4月15日,針對存在的突出問題',
  '【相關文章】',
  '二、',
  '（',
  '。',
  '!',
  '?x',
  '',
];
const CJK = fc.constantFrom(
  ...'一二三四五六七八九十、（）()。，；：:“”牵头单位责任直接承办人组长副成员工作职责阶段月日前完成年xX0123456789篇區創',
);
const planLine = fc.oneof(
  fc.constantFrom(...PLAN_LINES),
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.array(CJK, { maxLength: 30 }).map((cs) => cs.join('')),
  fc.array(CJK, { maxLength: 12 }).map((cs) => garble(`　（一）${cs.join('')}`)),
);
const planText = fc.array(planLine, { maxLength: 40 }).map((lines) => lines.join('\n'));
const anyText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  planText,
);

const cleaned = (text: string) =>
  cleanPlanText(text)
    .lines.map((l) => l.text)
    .join('\n');

describe('extraction properties', () => {
  it('never throws, on arbitrary text or on random mixes of plan lines, nor does laying it out', () => {
    fc.assert(
      fc.property(anyText, fc.integer({ min: 2000, max: 2100 }), (text, planYear) => {
        for (const part of splitPlans(text)) {
          const plan = extractPlan(part.text, {
            asOf: '2026-06-01',
            planYear,
            title: part.title ?? undefined,
          });
          breakdownSheet(plan);
        }
        extractPlan(text, { asOf: '2026-06-01' });
      }),
      { numRuns: 400 },
    );
  });

  it('cleans idempotently: clean(clean(x)) === clean(x)', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const once = cleaned(text);
        expect(cleaned(once)).toBe(once);
      }),
      { numRuns: 600 },
    );
  });
});
