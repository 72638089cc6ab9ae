/**
 * Pinyin glosses that copied web pages put after characters: 創(chuàng)建 → 創建, 社區(qū) → 社區.
 * A gloss is a bracketed run of Latin letters with at least one tone mark; plain Latin in brackets
 * (PPP, ok) is the author's text and stays.
 */
const MARKED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ';
const BODY = `[a-zü${MARKED}]*[${MARKED}][a-zü${MARKED}]*`;
const GLOSS = `[(（]${BODY}[)）]`;

/** One or more glosses right after a CJK character (several in a row go at once, so a second pass finds none). */
const AFTER_HAN = new RegExp(`(?<=\\p{Script=Han})(?:${GLOSS})+`, 'gu');

/** Glosses at the start of a text: what is left of a character lost to garbling. */
export const LEADING_GLOSSES = new RegExp(`^(?:${GLOSS})+`, 'u');

export function removeGlosses(text: string): string {
  return text.replace(AFTER_HAN, '');
}
