/** A domain's messages: the zh-CN catalogue defines the keys, en-US must have the same ones. */
export interface MessagePair<K extends string> {
  'zh-CN': Record<K, string>;
  'en-US': Record<K, string>;
}

export function defineMessages<K extends string>(
  zh: Record<K, string>,
  en: Record<K, string>,
): MessagePair<K> {
  return { 'zh-CN': zh, 'en-US': en };
}
