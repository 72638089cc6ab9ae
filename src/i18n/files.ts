import { defineMessages } from './define';

/** Why a file cannot be opened, keyed `file.<code>`: what it is, and what the user can do about it. */
export const fileMessages = defineMessages(
  {
    'file.too_large':
      '“{file}”太大（{size} MB），超过了 {limit} MB 的上限。请删去不需要的工作表或图片后另存再试',
    'file.encrypted': '“{file}”是加密（受密码保护）的工作簿，请在 Excel 中取消密码后另存为 .xlsx 再试',
    'file.legacy_xls':
      '“{file}”是旧版 Excel 97-2003（.xls）格式或网页导出的表格，请在 Excel 或 WPS 中打开后“另存为”Excel 工作簿（.xlsx）再试',
    'file.ods': '“{file}”是 OpenDocument 表格（.ods），请在 WPS、LibreOffice 或 Excel 中另存为 .xlsx 再试',
    'file.et': '“{file}”是 WPS 表格（.et）格式，请在 WPS 中“另存为”Excel 工作簿（.xlsx）再试',
    'file.not_zip': '“{file}”不是 Excel 工作簿，也不是 CSV 文本，无法读取。请确认选对了文件',
    'file.not_xlsx':
      '“{file}”不是本工具能读取的 Excel 工作簿。如果它是 Word 文档等其他文件，请选对文件；如果是 Excel 文件，请在 Excel 中另存为 .xlsx 再试',
    'file.too_many_entries':
      '“{file}”内部有 {count} 个组成部分，超过了 {limit} 个的上限，可能已损坏或不是正常的工作簿',
    'file.too_much_data':
      '“{file}”解压后的数据太大（{size} MB，上限 {limit} MB）。请删去不需要的工作表、图片或大片空白行列后另存再试',
    'file.compression_ratio':
      '“{file}”中的“{entry}”压缩比异常（{ratio}:1，上限 {limit}:1），可能是恶意构造的文件，已拒绝打开',
    'file.corrupt':
      '“{file}”已损坏或不完整，无法读取。请用 Excel 打开（Excel 会尝试修复）后另存为 .xlsx 再试，或向发件人重新索取',
    'file.not_found': '找不到文件“{file}”，请检查文件名和所在文件夹',
    'file.unreadable': '无法读取“{file}”：它是文件夹而不是文件，或者没有读取权限',
    'file.unwritable':
      '无法写入“{file}”（{detail}）：请检查文件夹是否存在、是否有写入权限，或文件是否正在 Excel 中打开',
  },
  {
    'file.too_large':
      '“{file}” is too large ({size} MB; the limit is {limit} MB). Delete sheets or pictures you do not need, save it and try again',
    'file.encrypted':
      '“{file}” is encrypted (password-protected). Remove the password in Excel, save it as .xlsx and try again',
    'file.legacy_xls':
      '“{file}” is an old Excel 97-2003 (.xls) file or a table exported from a web page. Open it in Excel or WPS, “Save As” an Excel workbook (.xlsx) and try again',
    'file.ods':
      '“{file}” is an OpenDocument spreadsheet (.ods). Save it as .xlsx in WPS, LibreOffice or Excel and try again',
    'file.et':
      '“{file}” is a WPS spreadsheet (.et). In WPS, “Save As” an Excel workbook (.xlsx) and try again',
    'file.not_zip':
      '“{file}” is neither an Excel workbook nor CSV text. Check that you picked the right file',
    'file.not_xlsx':
      '“{file}” is not an Excel workbook this tool can read. If it is a Word document or another file, pick the right one; if it is an Excel file, save it as .xlsx in Excel and try again',
    'file.too_many_entries':
      '“{file}” has {count} internal parts, more than the limit of {limit}; it may be damaged or not a normal workbook',
    'file.too_much_data':
      '“{file}” holds too much data once unpacked ({size} MB; the limit is {limit} MB). Delete sheets, pictures or large blank areas you do not need, save it and try again',
    'file.compression_ratio':
      '“{file}” was refused: its part “{entry}” is compressed abnormally ({ratio}:1; the limit is {limit}:1), which is how malicious files are built',
    'file.corrupt':
      '“{file}” is damaged or incomplete and cannot be read. Open it in Excel (which tries to repair it), save it as .xlsx and try again, or ask the sender for it again',
    'file.not_found': 'File “{file}” not found. Check its name and folder',
    'file.unreadable':
      'Cannot read “{file}”: it is a folder rather than a file, or you lack permission to read it',
    'file.unwritable':
      'Cannot write “{file}” ({detail}): check that the folder exists, that you may write there, and that the file is not open in Excel',
  },
);
