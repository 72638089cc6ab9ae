import { defineMessages } from './define';

/** Task-pane shell messages: the header and the line telling where the pane runs. */
export const paneMessages = defineMessages(
  {
    'pane.title': '责任矩阵',
    'pane.connecting': '正在连接 Excel…',
    'pane.mode.excel': '在 Excel 中运行',
    'pane.mode.standalone': '独立网页模式：请选择 .xlsx 文件',
  },
  {
    'pane.title': 'Responsibility Matrix',
    'pane.connecting': 'Connecting to Excel…',
    'pane.mode.excel': 'Running in Excel',
    'pane.mode.standalone': 'Standalone page: choose an .xlsx file',
  },
);
