/**
 * Messages in zh-CN (the default) and en-US. Each domain keeps its own pair of catalogues in
 * src/i18n/<domain>.ts; this module joins them and formats `{name}` placeholders.
 */
import { cliMessages } from './cli';
import { deadlineMessages } from './deadline';
import type { MessagePair } from './define';
import { extractMessages } from './extract';
import { fileMessages } from './files';
import { paneMessages } from './pane';
import { readerMessages } from './reader';
import { reportMessages } from './report';
import { sheetMessages } from './sheets';
import { viewMessages } from './views';

export type Lang = 'zh-CN' | 'en-US';
export const LANGS: readonly Lang[] = ['zh-CN', 'en-US'];
export const DEFAULT_LANG: Lang = 'zh-CN';

const catalogues = [
  cliMessages,
  deadlineMessages,
  readerMessages,
  paneMessages,
  sheetMessages,
  viewMessages,
  fileMessages,
  extractMessages,
  reportMessages,
] as const;

type KeysOf<T> = T extends MessagePair<infer K> ? K : never;
export type MessageKey = KeysOf<(typeof catalogues)[number]>;

const merged: Record<Lang, Record<string, string>> = { 'zh-CN': {}, 'en-US': {} };
for (const pair of catalogues) {
  Object.assign(merged['zh-CN'], pair['zh-CN']);
  Object.assign(merged['en-US'], pair['en-US']);
}

export type Params = Record<string, string | number>;

/** The message for a key in a language, with `{name}` replaced from params. */
export function t(lang: Lang, key: MessageKey, params?: Params): string {
  const template = merged[lang][key] ?? merged[DEFAULT_LANG][key] ?? key;
  // Views call this once per row for fixed words: skip the scan when there is nothing to fill.
  if (!params || !template.includes('{')) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

/** A Translator bound to one language, handed to views and adapters. */
export type Translate = (key: MessageKey, params?: Params) => string;
export function translator(lang: Lang): Translate {
  return (key, params) => t(lang, key, params);
}

/** Language from a tag such as `en`, `en-US`, `zh_CN.UTF-8`; anything not English is Chinese. */
export function langFromTag(tag: string | undefined | null): Lang {
  return tag && /^en\b|^en[-_]/i.test(tag.trim()) ? 'en-US' : DEFAULT_LANG;
}
