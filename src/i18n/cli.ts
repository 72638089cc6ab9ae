import { defineMessages } from './define';

/** Command-line messages: errors end in one line on stderr, never a stack trace. */
export const cliMessages = defineMessages(
  {
    'cli.usage':
      '用法：respmatrix <命令> [选项]\n命令：\n  track           读取任务分解表，统计状态；-o 生成或刷新跟踪工作簿\n  report          生成月报（--format md 输出 Markdown）\n  export          导出领导版（--leader）或各单位督办表（--per-unit）\n  consolidate     合并各单位回收的督办表\n  extract         从工作方案文本生成任务分解表\n  parse-deadline  解析完成时限文字\n  demo            用示例工作簿演示\n运行 respmatrix <命令> --help 查看选项',
    'cli.unknownCommand': '未知命令“{command}”',
    'cli.badOption': '参数错误：{detail}',
    'cli.badDate': '日期“{value}”格式不对，应为 YYYY-MM-DD',
    'cli.badNumber': '“{value}”不是有效的数字（{option}）',
    'cli.badMap': '列映射“{value}”格式不对，应为 角色=列，例如 lead=D,deadline=完成时限',
    'cli.badRange': '区域“{value}”不对，应写成 B3:H40 这样的形式（至少两行两列）；--range "" 表示整张表',
    'cli.unknownRole': '未知的列角色“{role}”，可用：{roles}',
    'cli.missingFile': '请指定要读取的工作簿文件',
    'cli.fileNotFound': '找不到文件“{file}”',
    'cli.sheetNotFound': '工作簿中没有名为“{sheet}”的工作表，现有：{sheets}',
    'cli.noTable':
      '未找到任务表（已查看：{sheets}）。请确认表头含“工作任务”“牵头单位”“完成时限”等列，或用 --map 指定列',
    'cli.internalError': '处理“{file}”时出错：{detail}',
    'cli.written': '已写入 {file}',
    'track.usage':
      '用法：respmatrix track <任务分解表.xlsx|.csv> [-o 跟踪工作簿.xlsx] [--sheet 工作表] [--as-of YYYY-MM-DD] [--plan-year 年份] [--due-soon-days 天数] [--map 角色=列,…] [--range 区域] [--json 文件|-]\n' +
      '读取任务分解表，输出各状态数量和逾期任务；-o 生成跟踪工作簿（对已生成的工作簿再次运行即刷新，保留已录入内容）；--range B3:H40 只识别表中这一部分\n' +
      '列角色：id section task detail lead responsible direct leader handler deadline points score progress completion doneDate remark',
    'track.heading': '{sheet}：共 {total} 项任务（截至 {asOf}，计划年度 {planYear}）',
    'track.counts':
      '已完成 {done} · 逾期 {overdue} · 临期 {due_soon} · 按进度推进 {on_track} · 长期 {ongoing} · 无时限 {no_deadline} · 未评分 {unscored}',
    'track.overdueHeading': '逾期任务：',
    'track.overdueLine': '  第{row}行 {title} — {lead}，时限 {due}（逾期 {days} 天）',
    'track.noLead': '未明确牵头单位',
    'track.warningsHeading': '提示 {count} 条：',
    'track.moreWarnings': '  ……另有 {count} 条，见 --json 输出',
    'track.jsonWritten': 'JSON 已写入 {file}',
    'part.charts': '图表',
    'part.pivotTables': '数据透视表',
    'part.macros': '宏',
    'part.customXml': '自定义 XML 数据',
    'part.slicers': '切片器',
    'part.externalLinks': '外部链接',
    'part.activeX': 'ActiveX 控件',
    'part.unreferenced': '未被引用的内部数据',
    'demo.intro': '演示：读取示例任务分解表 {input}，生成跟踪工作簿',
    'demo.done': '完成。用 Excel、WPS 或 LibreOffice 打开 {output} 查看跟踪台账、责任矩阵、单位汇总和月报',
    'track.outputIsInput': '输出文件不能是输入文件本身（{file}），请用 -o 指定另一个文件名',
    'track.written': '已生成跟踪工作簿：{file}（工作表：{sheets}）',
    'track.refreshed':
      '刷新：保留 {kept} 项录入，新增 {added} 项，移入“已移除” {archived} 项，恢复 {restored} 项',
    'track.archivedLine': '  已移除：{title}（任务键 {key}）',
    'track.droppedLine': '  源表中已删除且无录入内容：{title}（任务键 {key}）',
    'track.droppedParts': '注意：原工作簿中的{parts}在写出的文件中不会保留（在 Excel 中使用加载项可保留）',
  },
  {
    'cli.usage':
      'Usage: respmatrix <command> [options]\nCommands:\n  track           read a breakdown sheet and count statuses; -o builds or refreshes the tracked workbook\n  report          the monthly report (--format md prints Markdown)\n  export          the leader workbook (--leader) or one supervision sheet per unit (--per-unit)\n  consolidate     merge the sheets the units returned\n  extract         build a breakdown sheet from a work plan text\n  parse-deadline  read deadline expressions\n  demo            run on the bundled example\nRun respmatrix <command> --help for its options',
    'cli.unknownCommand': 'Unknown command “{command}”',
    'cli.badOption': 'Bad arguments: {detail}',
    'cli.badDate': 'Date “{value}” is not in the form YYYY-MM-DD',
    'cli.badNumber': '“{value}” is not a valid number ({option})',
    'cli.badMap': 'Column map “{value}” is not in the form role=COLUMN, e.g. lead=D,deadline=Deadline',
    'cli.badRange':
      'Range “{value}” is not like B3:H40 (at least two rows and two columns); --range "" means the whole sheet',
    'cli.unknownRole': 'Unknown column role “{role}”; known roles: {roles}',
    'cli.missingFile': 'Name the workbook to read',
    'cli.fileNotFound': 'File “{file}” not found',
    'cli.sheetNotFound': 'The workbook has no sheet named “{sheet}”; it has: {sheets}',
    'cli.noTable':
      'No task table found (looked at: {sheets}). Check that the header has columns such as Task, Lead unit, Deadline, or name them with --map',
    'cli.internalError': 'Error while processing “{file}”: {detail}',
    'cli.written': 'Written {file}',
    'track.usage':
      'Usage: respmatrix track <breakdown.xlsx|.csv> [-o tracked.xlsx] [--sheet NAME] [--as-of YYYY-MM-DD] [--plan-year YEAR] [--due-soon-days N] [--map role=COLUMN,…] [--range AREA] [--json FILE|-]\n' +
      'Reads a task breakdown sheet and prints the counts by status and the overdue tasks; -o writes the tracked workbook (run it again on that workbook to refresh it, keeping what was typed); --range B3:H40 reads only that part of the sheet\n' +
      'Column roles: id section task detail lead responsible direct leader handler deadline points score progress completion doneDate remark',
    'track.heading': '{sheet}: {total} tasks (as of {asOf}, plan year {planYear})',
    'track.counts':
      'done {done} · overdue {overdue} · due soon {due_soon} · on track {on_track} · ongoing {ongoing} · no deadline {no_deadline} · unscored {unscored}',
    'track.overdueHeading': 'Overdue:',
    'track.overdueLine': '  row {row} {title} — {lead}, due {due} ({days} days overdue)',
    'track.noLead': 'no lead unit',
    'track.warningsHeading': '{count} warnings:',
    'track.moreWarnings': '  …and {count} more, see the --json output',
    'track.jsonWritten': 'JSON written to {file}',
    'part.charts': 'charts',
    'part.pivotTables': 'pivot tables',
    'part.macros': 'macros',
    'part.customXml': 'custom XML data',
    'part.slicers': 'slicers',
    'part.externalLinks': 'external links',
    'part.activeX': 'ActiveX controls',
    'part.unreferenced': 'unreferenced internal data',
    'demo.intro': 'Demo: reading the example breakdown sheet {input} and building its tracked workbook',
    'demo.done':
      'Done. Open {output} in Excel, WPS or LibreOffice to see the tracker, matrix, unit summary and report',
    'track.outputIsInput': 'The output cannot be the input file itself ({file}); name another file with -o',
    'track.written': 'Tracked workbook written: {file} (sheets: {sheets})',
    'track.refreshed':
      'Refresh: kept {kept} entries, {added} new tasks, {archived} moved to “Removed”, {restored} restored',
    'track.archivedLine': '  removed: {title} (key {key})',
    'track.droppedLine': '  deleted from the source with nothing typed: {title} (key {key})',
    'track.droppedParts':
      'Note: the {parts} of the original workbook are not kept in the file written (the add-in inside Excel keeps them)',
  },
);
