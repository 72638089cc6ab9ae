import { defineMessages } from './define';

/** Messages of `respmatrix parse-deadline`. */
export const deadlineMessages = defineMessages(
  {
    'parseDeadline.usage':
      '用法：respmatrix parse-deadline [--plan-year 年份] [--as-of YYYY-MM-DD] [时限文字…]\n' +
      '把完成时限文字（如“6月底前”“每月25日前”）解析为日期，每行输出一个 JSON 对象。\n' +
      '未给出文字时逐行读取标准输入（制表符后的内容忽略）。\n' +
      '--as-of 默认今天，--plan-year 默认 as-of 所在年份。',
  },
  {
    'parseDeadline.usage':
      'Usage: respmatrix parse-deadline [--plan-year YEAR] [--as-of YYYY-MM-DD] [TEXT…]\n' +
      'Reads deadline texts (such as 6月底前, 每月25日前) and prints one JSON object per line.\n' +
      'Without TEXT, reads lines from standard input (anything after a tab is ignored).\n' +
      '--as-of defaults to today, --plan-year to the year of --as-of.',
  },
);
