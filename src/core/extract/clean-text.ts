/**
 * Text copied from the web, made fit to read: garbled runs mended, pinyin glosses and stray
 * anti-copy marks removed, site chrome (投稿 links, post times, 小编 blurbs, related-article lists)
 * dropped, placeholders found. Traditional and Simplified stay as written. Cleaning twice changes nothing.
 */
import { removeGlosses } from './glosses';
import type { Placeholder } from './plan-model';
import { placeholdersIn } from './placeholders';
import { isGarbled, repairGarbled, vocabularyOf } from './repair-garbled';

export interface CleanLine {
  text: string;
  /** 1-based line in the file. */
  line: number;
  /** The line was garbled and has been mended: its text may still need checking. */
  repaired: boolean;
}

export interface CleanText {
  lines: CleanLine[];
  placeholders: Placeholder[];
}

/** Control characters (tab aside), zero-width characters and the BOM. */
const INVISIBLE = /[\x00-\x08\x0b-\x1f\x7f\u200b-\u200d\u2060\ufeff]/g;
/** A . ' or ` dropped between characters, as some sites do against copying: 的.活动, 的'原则. */
const STRAY_MARK = /(?<=\p{Script=Han})[.'`](?=[\p{Script=Han}，,。、；;：:])/gu;
const EDGE_SPACE = /^[\s\u3000\u00a0]+|[\s\u3000\u00a0]+$/g;

const CHROME = [
  /我要投稿|小编|小編|上一篇|下一篇|本文链接|本文鏈接|版权所有|版權所有/,
  /^(?:发布)?(?:时间|時間|發布時間)\s*[:：]\s*\d{4}-\d{1,2}-\d{1,2}/,
  /[(（](?:精选|精選|通用|优选|優選|推荐|推薦|热门|熱門)\s*\d+\s*篇[)）]\s*$/,
];
/** A related-articles list ends the page: nothing after it belongs to the plan. */
const RELATED = /相关文章|相關文章|猜你喜欢|猜你喜歡|推荐阅读|推薦閱讀|延伸阅读|延伸閱讀|热门文章|熱門文章/;

/** `firstLine` numbers the lines as in the file the text came from. */
export function cleanPlanText(text: string, firstLine = 1): CleanText {
  const raw = text.split(/\r\n|\r|\n/).map((line) => line.replace(INVISIBLE, '').replace(/\t/g, ' '));
  const garbled = raw.map(isGarbled);
  const vocab = vocabularyOf(raw.filter((_, i) => !garbled[i]).map(removeGlosses));
  const lines: CleanLine[] = [];
  const placeholders: Placeholder[] = [];
  for (let i = 0; i < raw.length; i++) {
    let line = raw[i];
    let repaired = false;
    // Each step only removes or mends, so a fixed point comes quickly and a second cleaning is a no-op.
    for (let before = ''; before !== line;) {
      before = line;
      const mended = isGarbled(line) ? repairGarbled(line, vocab) : line;
      repaired ||= mended !== line;
      line = removeGlosses(mended.replace(STRAY_MARK, '')).replace(EDGE_SPACE, '');
    }
    if (RELATED.test(line)) break;
    if (line === '' || CHROME.some((re) => re.test(line))) continue;
    const at = firstLine + i;
    lines.push({ text: line, line: at, repaired });
    if (repaired) placeholders.push({ kind: 'garbled', text: line, line: at, context: line });
    for (const token of placeholdersIn(line))
      placeholders.push({ kind: 'placeholder', text: token, line: at, context: line });
  }
  return { lines, placeholders };
}
