/**
 * What a heading announces, from its words, Simplified or Traditional. Checked in this order, so
 * 保障措施 is a requirement although 措施 alone means tasks, and 工作任务目标及分工 holds tasks
 * although 分工 alone means the organisation.
 */
import type { SectionKind } from './plan-model';

const RULES: readonly [RegExp, SectionKind][] = [
  [
    /工作要求|活[动動]要求|保障措施|[激奖獎][励勵]措施|申[报報]程序|[监監]督[检檢]查|[纪紀]律|^要求/,
    'requirements',
  ],
  [
    /步[骤驟]|[阶階]段|[时時][间間]安排|[进進]度安排|工作安排|[时時][间間][节節]点|[创創][建][时時][间間]|活[动動][时時][间間]/,
    'phases',
  ],
  [/[评評][选選]|[评評]分|[评評]比|星[级級]|[评評]定|[计計]分|考核[办辦]法|[评評][奖獎]|考[评評]/, 'scoring'],
  [/任[务務]|措施|重[点點]|[内內]容|[计計][划劃]|[责責]任|事[项項]|[举舉]措|方法|[标標][准準]/, 'tasks'],
  [/[组組][织織]|[领領][导導]|机构|機構|分工|[职職][责責]/, 'groups'],
];

export function sectionKind(heading: string): SectionKind {
  for (const [re, kind] of RULES) if (re.test(heading)) return kind;
  return 'preamble';
}

/** An item inside a task section that only names organisation or oversight (（一）组织领导：…). */
const LABEL_ONLY =
  /^(?:[组組][织織][领領][导導]|[组組][织織]机构|[组組][织織]機構|[领領][导導]小[组組]|[监監]督[检檢]查|工作要求|保障措施)$/;

export function isNonTaskLabel(title: string): boolean {
  return LABEL_ONLY.test(title.replace(/[\s:：。，,；;]+$/, ''));
}
