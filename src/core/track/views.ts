/** The generated views beside the tracker and the months sheet, in the order they are written. */
import type { Grid } from '../grid';
import type { Lang } from '../../i18n';
import type { GeneratedRole } from '../sheets/meta-sheet';
import { personsSheet } from '../sheets/persons-sheet';
import type { SheetSpec } from '../sheets/spec';
import { starsView } from '../sheets/stars-sheet';
import { unitViews } from '../sheets/unit-views';
import type { TrackModel } from './refresh';

export interface ViewContext {
  /** The sheet an earlier build wrote for a role, for settings an office keeps in it; null on a first build. */
  earlier(role: GeneratedRole): Grid | null;
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
];
