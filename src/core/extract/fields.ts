/**
 * Labelled fields inside a line: 牵头单位：…；责任单位：…, 直接责任人：…；承办人：…, 组长：…；副组长：…；
 * 成员：…, 工作职责：…. Several may share a line, and a target may name persons per scope:
 * 企业养老保险直接责任人：尤艳侠；承办人：曹雷、冯敏。机关事业养老保险直接责任人：… — the text
 * between a sentence end and a label is the scope of the persons that follow.
 */

export type FieldRole =
  'lead' | 'responsible' | 'direct' | 'handler' | 'leader' | 'groupLeader' | 'deputy' | 'members' | 'duties';

export interface Field {
  role: FieldRole;
  /** The label as written: 牽頭單位. */
  label: string;
  /** The value, trimmed of the separators around it; '' when the plan leaves it blank. */
  value: string;
  /** 企业养老保险 in 企业养老保险直接责任人：…; null when nothing stands before the label. */
  scope: string | null;
}

export interface FieldLine {
  /** The text before the first label (the line itself when it has none), without a trailing scope. */
  before: string;
  fields: Field[];
  /** Sentences after a value that name no scope (须在5月底前完成。), in order. */
  after: string;
}

const LABELS: readonly [string, FieldRole][] = [
  ['牵头单位|牽頭單位|牵头部门|牽頭部門|主办单位|主辦單位', 'lead'],
  [
    '责任单位|責任單位|配合单位|配合單位|协办单位|協辦單位|参与单位|參與單位|责任部门|責任部門',
    'responsible',
  ],
  ['直接责任人|直接責任人|责任人|責任人', 'direct'],
  ['承办人|承辦人|经办人|經辦人', 'handler'],
  ['责任领导|責任領導|分管领导|分管領導', 'leader'],
  ['副组长|副組長', 'deputy'],
  ['组长|組長', 'groupLeader'],
  ['成员|成員|组员|組員', 'members'],
  ['工作职责|工作職責|主要职责|主要職責', 'duties'],
];
const ROLE_OF = new Map<string, FieldRole>(
  LABELS.flatMap(([words, role]) => words.split('|').map((w) => [w, role] as const)),
);
const LABEL_RE = new RegExp(`(${LABELS.map(([words]) => words).join('|')})\\s*[:：]`, 'g');
const SENTENCE_END = /[。；;]/;
const EDGES = /^[\s:：;；,，、。]+|[\s;；,，、。]+$/g;
/** A scope is a short name (企业养老保险), not a sentence. */
const MAX_SCOPE = 20;

export function parseFields(text: string): FieldLine {
  const matches = [...text.matchAll(LABEL_RE)];
  if (matches.length === 0) return { before: text, fields: [], after: '' };
  const head = splitScope(text.slice(0, matches[0].index));
  const fields: Field[] = [];
  const after: string[] = [];
  let scope = head.scope;
  matches.forEach((m, k) => {
    const start = m.index + m[0].length;
    const end = k + 1 < matches.length ? matches[k + 1].index : text.length;
    const raw = text.slice(start, end);
    const stop = raw.search(/。/);
    const value = (stop < 0 ? raw : raw.slice(0, stop)).replace(EDGES, '');
    fields.push({ role: ROLE_OF.get(m[1]) ?? 'direct', label: m[1], value, scope });
    // Text after the value's full stop names the scope of the next label, or is a sentence of its own.
    const rest = stop < 0 ? '' : raw.slice(stop + 1).replace(EDGES, '');
    const isScope = rest.length > 0 && rest.length <= MAX_SCOPE && k + 1 < matches.length;
    scope = isScope ? rest : null;
    if (rest && !isScope) after.push(rest);
  });
  return { before: head.before, fields, after: after.join('。') };
}

function splitScope(before: string): { before: string; scope: string | null } {
  let cut = -1;
  for (let i = before.length - 1; i >= 0; i--) {
    if (SENTENCE_END.test(before[i])) {
      cut = i;
      break;
    }
  }
  const scope = before.slice(cut + 1).replace(EDGES, '');
  if (!scope || scope.length > MAX_SCOPE || cut < 0)
    return { before: before.replace(EDGES, ''), scope: null };
  return { before: before.slice(0, cut + 1).replace(EDGES, ''), scope };
}
