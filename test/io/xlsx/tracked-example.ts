/** Tracked workbooks for the export and merge tests, round-tripped through xlsx bytes as a file would be. */
import ExcelJS from 'exceljs';
import path from 'node:path';
import { applyTrackPlan } from '../../../src/io/xlsx/tracked-workbook';
import { EXAMPLES } from '../../helpers/paths';

export const AS_OF = '2026-11-30';

export async function roundTrip(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const copy = new ExcelJS.Workbook();
  await copy.xlsx.load(await workbook.xlsx.writeBuffer());
  return copy;
}

/** A workbook holding `source`, tracked as of AS_OF like `track -o` does. */
export async function tracked(source: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const plan = applyTrackPlan(source, { asOf: AS_OF, lang: 'zh-CN', planYear: 2026 });
  if (!plan.ok) throw new Error(plan.reason);
  return roundTrip(source);
}

export async function trackedExample(file: string): Promise<ExcelJS.Workbook> {
  const source = new ExcelJS.Workbook();
  await source.xlsx.readFile(path.join(EXAMPLES, file));
  return tracked(source);
}

/** A small breakdown sheet whose texts look like formulas, as users sometimes type them. */
export function trickyWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet('分解表');
  ws.addRow(['2026年重点任务分解表']);
  ws.addRow(['序号', '工作任务', '牵头单位', '责任单位', '完成时限', '进展情况']);
  ws.addRow([1, '=HYPERLINK("http://x","点击")', '+区财政局', '@区住建局', '10月底前', '-1+2']);
  ws.addRow([2, '学位扩容', '区教育局', '区财政局', '12月20日前', '=1+1']);
  return workbook;
}
