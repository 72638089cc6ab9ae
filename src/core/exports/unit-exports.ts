/** The per-unit workbooks of a tracked model: for each unit, a file name and the sheets to write. */
import type { IsoDate } from '../dates';
import type { SheetSpec } from '../sheets/spec';
import { unitStats } from '../summary';
import type { TrackModel } from '../track/refresh';
import { trackedAsTasks } from '../track/tracked-as-task';
import { t, type Lang } from '../../i18n';
import { exportMarkerSheet } from './export-marker';
import { uniqueFileName } from './file-names';
import { unitSheet } from './unit-sheet';

export interface UnitExport {
  unit: string;
  fileName: string;
  specs: SheetSpec[];
}

export interface UnitExportRequest {
  asOf: IsoDate;
  /** The tracked workbook's source sheet and title, recorded in each file's marker. */
  source: string;
  title: string;
}

/** One workbook per unit named in the tasks (lead or responsible), in order of first mention. */
export function unitExports(lang: Lang, model: TrackModel, request: UnitExportRequest): UnitExport[] {
  const taken = new Set<string>();
  const sheet = t(lang, 'unitExport.sheetName');
  return unitStats(trackedAsTasks(model.tasks)).map(({ name: unit }) => ({
    unit,
    fileName: uniqueFileName(unit, '.xlsx', taken),
    specs: [
      unitSheet(lang, model, unit, sheet, request.asOf),
      exportMarkerSheet({
        unit,
        exportDate: request.asOf,
        sheet,
        source: request.source,
        title: request.title,
      }),
    ],
  }));
}
