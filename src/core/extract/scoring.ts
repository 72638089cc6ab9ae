/**
 * A scoring scheme written as prose: 将…指标分成创建理念、办公设施…管理良好十个方面，按照十分制考核，
 * 每个方面达到9分以上获得“一星”. The listed areas become score areas worth the scale's points.
 */
import { parseChineseNumber } from '../cells/numerals';
import { splitList } from '../cells/split-list';
import type { ScoreArea } from './plan-model';

const NUMBER = '[一二三四五六七八九十百两兩〇零\\d]+';
const AREA_LIST = new RegExp(
  `(?:分成|分为|分為|包括|包含|分解为|分解為)(.+?)(?:等)?(${NUMBER})\\s*[个個](?:方面|项|項|类|類|部分)`,
  'u',
);
const SCALE = new RegExp(`(${NUMBER})\\s*分制`, 'u');
const STAR = new RegExp(`(${NUMBER})\\s*分(?:及)?以上[^。；;]{0,16}星`, 'u');

/**
 * Score areas in the sentences given. Without a scoring section to look in, `needScale` asks for
 * a stated scale too, so an ordinary 包括…三个方面 list is not taken for areas.
 */
export function scoreAreasIn(lines: readonly string[], section: string, needScale: boolean): ScoreArea[] {
  const sentences = lines.flatMap((line) => line.split(/[。；;]/));
  const withScale = sentences.find((s) => AREA_LIST.test(s) && SCALE.test(s));
  const listing = withScale ?? (needScale ? undefined : sentences.find((s) => AREA_LIST.test(s)));
  if (!listing) return [];
  const names = splitList(AREA_LIST.exec(listing)?.[1] ?? '');
  if (names.length < 2) return [];
  const all = lines.join('\n');
  const points = numberOf(SCALE.exec(all)?.[1]);
  const starAt = numberOf(STAR.exec(all)?.[1]);
  return names.map((name) => ({ section, name, points, starAt }));
}

function numberOf(text: string | undefined): number | null {
  return text === undefined ? null : parseChineseNumber(text);
}
