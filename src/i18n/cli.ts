import { defineMessages } from './define';

/** Command-line messages: errors end in one line on stderr, never a stack trace. */
export const cliMessages = defineMessages(
  {
    'cli.usage':
      '用法：respmatrix <命令> [选项]\n命令：track、parse-deadline、demo\n运行 respmatrix <命令> --help 查看选项',
    'cli.unknownCommand': '未知命令“{command}”',
    'cli.badOption': '参数错误：{detail}',
    'cli.badDate': '日期“{value}”格式不对，应为 YYYY-MM-DD',
    'cli.badNumber': '“{value}”不是有效的数字（{option}）',
    'cli.badMap': '列映射“{value}”格式不对，应为 角色=列，例如 lead=D,deadline=完成时限',
    'cli.unknownRole': '未知的列角色“{role}”，可用：{roles}',
    'cli.missingFile': '请指定要读取的工作簿文件',
    'cli.fileNotFound': '找不到文件“{file}”',
    'cli.sheetNotFound': '工作簿中没有名为“{sheet}”的工作表，现有：{sheets}',
    'cli.noTable': '未找到任务表（已查看：{sheets}）。请确认表头含“工作任务”“牵头单位”“完成时限”等列，或用 --map 指定列',
    'cli.internalError': '处理“{file}”时出错：{detail}',
    'cli.written': '已写入 {file}',
  },
  {
    'cli.usage':
      'Usage: respmatrix <command> [options]\nCommands: track, parse-deadline, demo\nRun respmatrix <command> --help for its options',
    'cli.unknownCommand': 'Unknown command “{command}”',
    'cli.badOption': 'Bad arguments: {detail}',
    'cli.badDate': 'Date “{value}” is not in the form YYYY-MM-DD',
    'cli.badNumber': '“{value}” is not a valid number ({option})',
    'cli.badMap': 'Column map “{value}” is not in the form role=COLUMN, e.g. lead=D,deadline=Deadline',
    'cli.unknownRole': 'Unknown column role “{role}”; known roles: {roles}',
    'cli.missingFile': 'Name the workbook to read',
    'cli.fileNotFound': 'File “{file}” not found',
    'cli.sheetNotFound': 'The workbook has no sheet named “{sheet}”; it has: {sheets}',
    'cli.noTable':
      'No task table found (looked at: {sheets}). Check that the header has columns such as Task, Lead unit, Deadline, or name them with --map',
    'cli.internalError': 'Error while processing “{file}”: {detail}',
    'cli.written': 'Written {file}',
  },
);
