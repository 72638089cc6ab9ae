/** A bundled example planned as a tracked workbook, as the commands see it. */
import ExcelJS from 'exceljs';
import path from 'node:path';
import type { PlannedWorkbook } from '../../../src/core/report/plan-report';
import { planTrackedWorkbook, type TrackRequest } from '../../../src/core/track/plan-workbook';
import { workbookView } from '../../../src/io/xlsx/tracked-workbook';
import { EXAMPLES } from '../../helpers/paths';

export const CIVILIZED = 'civilized-city-2026.xlsx';
export const LEDGER = 'supervision-ledger-2026.xlsx';

export async function exampleWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path.join(EXAMPLES, file));
  return workbook;
}

export async function examplePlan(
  file: string,
  request: Partial<TrackRequest> = {},
): Promise<PlannedWorkbook> {
  const plan = planTrackedWorkbook(workbookView(await exampleWorkbook(file)), {
    asOf: '2026-11-30',
    lang: 'zh-CN',
    planYear: 2026,
    ...request,
  });
  if (!plan.ok) throw new Error(`${file}: ${plan.reason}`);
  return plan;
}
