/** Small breakdown workbooks built in tests, and reading workbooks back. */
import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export function tempDir(prefix = 'respmatrix-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

const UNITS = ['区财政局', '区住建局', '区教育局', '区城管局（区综合执法局）', '区卫健委', '区交通局'];
const DEADLINES = [
  '6月底前',
  '10月底前',
  '12月5日前',
  '年底前',
  '每月25日前',
  '长期坚持',
  '第三季度',
  '2026年11月上旬',
];

/** A breakdown sheet of `count` tasks with a title row, scoring and completion columns. */
export function breakdownWorkbook(count: number): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('任务分解');
  ws.addRow(['2026年重点任务分解表']);
  ws.mergeCells('A1:H1');
  ws.addRow(['序号', '工作任务', '牵头单位', '责任单位', '完成时限', '分值', '得分', '完成情况']);
  for (let i = 0; i < count; i++) {
    ws.addRow([
      i + 1,
      `重点任务第${i + 1}项：推进${UNITS[i % UNITS.length]}相关工作`,
      UNITS[i % UNITS.length],
      `${UNITS[(i + 1) % UNITS.length]}、${UNITS[(i + 2) % UNITS.length]}`,
      DEADLINES[i % DEADLINES.length],
      5,
      i % 3 === 0 ? 5 : null,
      i % 4 === 0 ? '已完成' : '',
    ]);
  }
  return wb;
}

export async function reload(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const copy = new ExcelJS.Workbook();
  await copy.xlsx.load((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  return copy;
}

export async function readWorkbookFile(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}
