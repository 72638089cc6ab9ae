/** Deadlines stated in prose: 须在20xx年5月30日前全面完成, 于8月1日前建立…, 在4月15日完成…. */

const DATE =
  '(?:(?:20\\d\\d|20[xX]{2})\\s*年\\s*)?\\d{1,2}\\s*月(?:\\s*\\d{1,2}\\s*[日号號]|\\s*(?:底|末|[上中下]旬))?';
const BY_DATE = new RegExp(`(${DATE})\\s*(?:(前|之前|以前)|(?=[全基]?[面本]?(?:完成|办结|辦結)))`, 'u');
const COMPLETE = /完成|办结|辦結|到位/;

/** The first deadline a text states, as written (20xx年5月30日前), or null. */
export function deadlineIn(text: string): string | null {
  const m = BY_DATE.exec(text);
  return m ? m[1].replace(/\s+/g, '') + (m[2] ?? '') : null;
}

export interface StatedDeadline {
  text: string;
  /** The sentence, to see which tasks it governs. */
  sentence: string;
}

/** Sentences of a requirement that set a completion date: 各项目标任务必须在…前全面完成. */
export function completionDeadlines(text: string): StatedDeadline[] {
  const found: StatedDeadline[] = [];
  for (const sentence of text.split(/[。；;]/)) {
    const date = COMPLETE.test(sentence) ? deadlineIn(sentence) : null;
    if (date) found.push({ text: date, sentence });
  }
  return found;
}
