/** The generated views beside the tracker and the months sheet, in the order they are written. */
import type { Grid } from '../grid';
import type { Lang } from '../../i18n';
import { reportView } from '../report/report-view';
import type { GeneratedRole } from '../sheets/meta-sheet';
import { personsSheet } from '../sheets/persons-sheet';
import type { SheetSpec } from '../sheets/spec';
import { starsView } from '../sheets/stars-sheet';
import { unitViews } from '../sheets/unit-views';
import type { TrackModel } from './refresh';

export interface ViewContext {
  /** The sheet an earlier build wrote for a role, for settings an office keeps in it; null on a first build. */
  earlier(role: GeneratedRole): Grid | null;
  /** What the 月报 needs beyond the model; a build without it writes no report. */
  report?: ReportContext;
}

export interface ReportContext {
  /** The source's title, as the tracker's title row shows it. */
  title: string;
  /** The month (YYYY-MM) the report covers. */
  month: string;
  /** The earlier meta sheet's free entries, holding earlier reports' snapshots. */
  metaEntries: ReadonlyMap<string, string>;
  /** Keeps an entry in the meta sheet this build writes. */
  record(key: string, value: string): void;
}

/** Builds the specs of one or more generated sheets from the tracked model. */
export type ViewBuilder = (
  lang: Lang,
  model: TrackModel,
  names: Record<GeneratedRole, string>,
  context: ViewContext,
) => SheetSpec[];

export const TRACK_VIEWS: readonly ViewBuilder[] = [
  unitViews, // 责任矩阵, then 单位汇总
  (lang, model, names) => [personsSheet(lang, model, names.persons)],
  starsView,
  reportView,
];
