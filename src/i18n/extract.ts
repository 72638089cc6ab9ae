import { defineMessages } from './define';

/** `respmatrix extract`: summary lines and errors. */
export const extractMessages = defineMessages(
  {
    'extract.usage':
      '用法：respmatrix extract <方案.txt|-> [-o 任务分解表.xlsx] [--json -|文件] [--plan-year 年份] [--as-of YYYY-MM-DD]\n从工作方案文本中提取任务、阶段、工作组和评分项，生成任务分解表（文件含多篇方案时每篇一个工作表）',
    'extract.missingInput': '请指定工作方案文本文件，或用 - 从标准输入读取',
    'extract.tooManyInputs': '一次只能读取一个文件（收到：{files}）',
    'extract.undecodable': '无法识别“{file}”的文字编码，请另存为 UTF-8 或 GB18030 文本',
    'extract.emptyInput': '“{file}”中没有文字',
    'extract.nothingFound': '“{file}”中未找到编号的任务、实施阶段、工作组或评分项',
    'extract.planLine':
      '{name}：任务 {tasks} 项 · 阶段 {phases} 个 · 工作组 {groups} 个 · 评分项 {scoreAreas} 项 · 待填 {placeholders} 处 · 已修复乱码 {mended} 行',
    'extract.total':
      '共 {plans} 篇：任务 {tasks} 项 · 阶段 {phases} 个 · 工作组 {groups} 个 · 评分项 {scoreAreas} 项 · 待填 {placeholders} 处 · 已修复乱码 {mended} 行',
    'extract.toFill': '待填内容（xxx、20xx、空白的单位）和修复过的乱码行已在表中以黄色标出，请核对',
    'extract.written': '已写入 {file}（{sheets} 个工作表）',
    'extract.jsonWritten': 'JSON 已写入 {file}',
  },
  {
    'extract.usage':
      'Usage: respmatrix extract <plan.txt|-> [-o breakdown.xlsx] [--json -|FILE] [--plan-year YEAR] [--as-of YYYY-MM-DD]\nReads a work plan text and builds a task breakdown sheet from its tasks, phases, work groups and score areas (one sheet per plan when the file holds several)',
    'extract.missingInput': 'Name the plan text file, or - to read standard input',
    'extract.tooManyInputs': 'Give one file at a time (got: {files})',
    'extract.undecodable': 'Cannot tell the text encoding of “{file}”; save it as UTF-8 or GB18030 text',
    'extract.emptyInput': '“{file}” holds no text',
    'extract.nothingFound': 'No numbered tasks, phases, work groups or score areas found in “{file}”',
    'extract.planLine':
      '{name}: {tasks} tasks · {phases} phases · {groups} work groups · {scoreAreas} score areas · {placeholders} to fill · {mended} garbled lines mended',
    'extract.total':
      '{plans} plans: {tasks} tasks · {phases} phases · {groups} work groups · {scoreAreas} score areas · {placeholders} to fill · {mended} garbled lines mended',
    'extract.toFill':
      'Cells to fill (xxx, 20xx, blank units) and mended lines are highlighted in yellow; please check them',
    'extract.written': 'Written {file} ({sheets} sheets)',
    'extract.jsonWritten': 'JSON written to {file}',
  },
);
