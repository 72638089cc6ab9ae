/**
 * Which column role a header text names, in Simplified, Traditional and English.
 * Exact names are tried first, then keywords in priority order (so 牵头领导 is a leader, not a lead unit).
 */
import type { ColumnRole } from '../model';

/** Header text reduced to compare: no spaces, brackets or trailing colon; Traditional folded; lower case. */
export function normalizeHeader(text: string): string {
  return foldTraditional(
    text
      .replace(/[（(][^）)]*[）)]/g, '')
      .replace(/[\s:：*＊]/g, '')
      .toLowerCase(),
  );
}

/** Traditional characters that appear in header names, folded to Simplified. */
const TRADITIONAL: Record<string, string> = {
  號: '号',
  編: '编',
  務: '务',
  點: '点',
  項: '项',
  辦: '办',
  內: '内',
  體: '体',
  測: '测',
  評: '评',
  牽: '牵',
  頭: '头',
  單: '单',
  責: '责',
  協: '协',
  與: '与',
  領: '领',
  導: '导',
  經: '经',
  聯: '联',
  繫: '系',
  係: '系',
  時: '时',
  間: '间',
  節: '节',
  結: '结',
  値: '值',
  進: '进',
  況: '况',
  狀: '状',
  態: '态',
  備: '备',
  註: '注',
  門: '门',
  標: '标',
  準: '准',
  類: '类',
  別: '别',
  實: '实',
  際: '际',
  負: '负',
  絡: '络',
  電: '电',
  話: '话',
  細: '细',
  總: '总',
  報: '报',
  輔: '辅',
  參: '参',
  員: '员',
  簡: '简',
  紀: '纪',
  錄: '录',
  檢: '检',
  規: '规',
  劃: '划',
  屬: '属',
  級: '级',
  數: '数',
  據: '据',
  應: '应',
  處: '处',
  監: '监',
  層: '层',
  達: '达',
  題: '题',
  區: '区',
  縣: '县',
  鎮: '镇',
  鄉: '乡',
};

function foldTraditional(text: string): string {
  let out = '';
  for (const ch of text) out += TRADITIONAL[ch] ?? ch;
  return out;
}

const EXACT: Record<string, ColumnRole> = {
  序号: 'id',
  编号: 'id',
  序: 'id',
  no: 'id',
  'no.': 'id',
  id: 'id',
  '#': 'id',
  number: 'id',
  类别: 'section',
  分类: 'section',
  板块: 'section',
  领域: 'section',
  category: 'section',
  section: 'section',
  任务: 'task',
  工作任务: 'task',
  重点工作任务: 'task',
  重点任务: 'task',
  工作事项: 'task',
  督办事项: 'task',
  事项: 'task',
  测评项目: 'task',
  工作项目: 'task',
  项目: 'task',
  task: 'task',
  tasks: 'task',
  item: 'task',
  workitem: 'task',
  具体内容: 'detail',
  工作内容: 'detail',
  主要内容: 'detail',
  内容: 'detail',
  具体措施: 'detail',
  工作措施: 'detail',
  主要措施: 'detail',
  工作目标: 'detail',
  工作要求: 'detail',
  测评内容: 'detail',
  测评标准: 'detail',
  details: 'detail',
  detail: 'detail',
  description: 'detail',
  牵头单位: 'lead',
  牵头部门: 'lead',
  主办单位: 'lead',
  主办: 'lead',
  牵头: 'lead',
  主责单位: 'lead',
  lead: 'lead',
  leadunit: 'lead',
  owner: 'lead',
  责任单位: 'responsible',
  配合单位: 'responsible',
  协办单位: 'responsible',
  协办: 'responsible',
  参与单位: 'responsible',
  责任部门: 'responsible',
  配合部门: 'responsible',
  协同单位: 'responsible',
  responsible: 'responsible',
  responsibleunits: 'responsible',
  supporting: 'responsible',
  supportingunits: 'responsible',
  直接责任人: 'direct',
  责任人: 'direct',
  负责人: 'direct',
  personresponsible: 'direct',
  responsibleperson: 'direct',
  责任领导: 'leader',
  分管领导: 'leader',
  牵头领导: 'leader',
  领导: 'leader',
  leader: 'leader',
  承办人: 'handler',
  经办人: 'handler',
  联系人: 'handler',
  具体承办人: 'handler',
  handler: 'handler',
  contact: 'handler',
  完成时限: 'deadline',
  完成时间: 'deadline',
  时间节点: 'deadline',
  办结时限: 'deadline',
  截止日期: 'deadline',
  截止时间: 'deadline',
  时限: 'deadline',
  时限要求: 'deadline',
  完成期限: 'deadline',
  deadline: 'deadline',
  due: 'deadline',
  duedate: 'deadline',
  分值: 'points',
  标准分: 'points',
  满分: 'points',
  points: 'points',
  得分: 'score',
  评分: 'score',
  考核得分: 'score',
  score: 'score',
  进展情况: 'progress',
  推进情况: 'progress',
  进展: 'progress',
  进度: 'progress',
  落实情况: 'progress',
  工作进展: 'progress',
  progress: 'progress',
  完成情况: 'completion',
  是否办结: 'completion',
  是否完成: 'completion',
  办理状态: 'completion',
  办结情况: 'completion',
  状态: 'completion',
  completion: 'completion',
  status: 'completion',
  done: 'completion',
  完成日期: 'doneDate',
  办结日期: 'doneDate',
  实际完成时间: 'doneDate',
  datedone: 'doneDate',
  completedon: 'doneDate',
  备注: 'remark',
  remark: 'remark',
  remarks: 'remark',
  notes: 'remark',
};

/** Keywords tried in order when no exact name matches; earlier entries win. */
const KEYWORDS: readonly [string, ColumnRole][] = [
  ['直接责任人', 'direct'],
  ['领导', 'leader'],
  ['承办', 'handler'],
  ['经办', 'handler'],
  ['联系人', 'handler'],
  ['责任人', 'direct'],
  ['负责人', 'direct'],
  ['完成日期', 'doneDate'],
  ['牵头', 'lead'],
  ['主办', 'lead'],
  ['主责', 'lead'],
  ['配合', 'responsible'],
  ['协办', 'responsible'],
  ['参与', 'responsible'],
  ['协同', 'responsible'],
  ['责任单位', 'responsible'],
  ['责任部门', 'responsible'],
  ['时限', 'deadline'],
  ['时间节点', 'deadline'],
  ['截止', 'deadline'],
  ['期限', 'deadline'],
  ['完成时间', 'deadline'],
  ['办结时间', 'deadline'],
  ['分值', 'points'],
  ['得分', 'score'],
  ['评分', 'score'],
  ['进展', 'progress'],
  ['推进情况', 'progress'],
  ['落实情况', 'progress'],
  ['完成情况', 'completion'],
  ['是否办结', 'completion'],
  ['是否完成', 'completion'],
  ['办结', 'completion'],
  ['状态', 'completion'],
  ['备注', 'remark'],
  ['序号', 'id'],
  ['编号', 'id'],
  ['任务', 'task'],
  ['事项', 'task'],
  ['内容', 'detail'],
  ['措施', 'detail'],
  ['deadline', 'deadline'],
  ['due', 'deadline'],
  ['lead', 'lead'],
  ['responsib', 'responsible'],
  ['handler', 'handler'],
  ['person', 'direct'],
  ['score', 'score'],
  ['point', 'points'],
  ['progress', 'progress'],
  ['status', 'completion'],
  ['task', 'task'],
];

/** Header text longer than this is a title or a note, not a column name. */
const MAX_HEADER_LENGTH = 16;

export interface RoleMatch {
  role: ColumnRole;
  /** 2 = exact name, 1 = keyword. */
  strength: 1 | 2;
  /** Other roles the same text could have named (for the ambiguous-header warning). */
  alternatives: ColumnRole[];
}

export function roleOfHeader(text: string): RoleMatch | null {
  const key = normalizeHeader(text);
  if (!key || key.length > MAX_HEADER_LENGTH) return null;
  const exact = EXACT[key];
  if (exact) return { role: exact, strength: 2, alternatives: [] };
  const hits: ColumnRole[] = [];
  for (const [word, role] of KEYWORDS) if (key.includes(word) && !hits.includes(role)) hits.push(role);
  if (hits.length === 0) return null;
  return { role: hits[0], strength: 1, alternatives: hits.slice(1).filter((r) => conflicts(hits[0], r)) };
}

/** Two keyword roles conflict when a column cannot be both (a unit column versus a person column…). */
function conflicts(a: ColumnRole, b: ColumnRole): boolean {
  const group = (r: ColumnRole) =>
    r === 'lead' || r === 'responsible'
      ? 'unit'
      : r === 'direct' || r === 'leader' || r === 'handler'
        ? 'person'
        : r === 'task' || r === 'detail'
          ? 'text'
          : r;
  return group(a) !== group(b) && !(group(a) === 'text' || group(b) === 'text');
}
