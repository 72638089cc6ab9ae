/** Rows in a table that are not tasks: section headings, footnotes, totals, repeated headers. */
import { toHalfWidth } from '../text';

const HEADING =
  /^(?:[一二三四五六七八九十百]+[、.．]|[（(][一二三四五六七八九十百]+[）)]|第[一二三四五六七八九十百\d]+[部分章节项篇类][、.．\s：:]?|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]+[、.．\s]|[IVX]+[、.．]\s*)/;
const CHINESE_ORDINAL =
  /^(?:(?:[一二三四五六七八九十百]+|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]+)[、.．]?|[（(][一二三四五六七八九十百]+[）)])$/;
const FOOTNOTE =
  /^(?:注|附注|备注|備註|说明|說明|填表说明|填報說明|填报说明|制表人?|製表人?|填报单位|填報單位|填表人|审核人?|審核人?|联系人|聯繫人|联系电话|聯繫電話|note|notes)\s*\d*[:：、.．]/i;
const TOTAL = /^(?:合计|合計|总计|總計|小计|小計|total|subtotal)$/i;

/** Level of a section heading (1 for 一、, 2 for （一）), or 0 when the text is not one. */
export function headingLevel(text: string): number {
  const t = toHalfWidth(text).trim();
  const m = HEADING.exec(t);
  if (!m) return 0;
  return /^[（(]/.test(m[0]) ? 2 : 1;
}

export function isChineseOrdinal(text: string): boolean {
  return CHINESE_ORDINAL.test(text.trim());
}

export function isFootnote(text: string): boolean {
  return FOOTNOTE.test(toHalfWidth(text).trim());
}

export function isTotalLabel(text: string): boolean {
  return TOTAL.test(text.replace(/\s/g, ''));
}
