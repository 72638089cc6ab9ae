/** The generated views beside the tracker and the months sheet, in the order they are written. */
import type { Lang } from '../../i18n';
import type { GeneratedRole } from '../sheets/meta-sheet';
import type { SheetSpec } from '../sheets/spec';
import type { TrackModel } from './refresh';

/** Builds the specs of one or more generated sheets from the tracked model. */
export type ViewBuilder = (
  lang: Lang,
  model: TrackModel,
  names: Record<GeneratedRole, string>,
) => SheetSpec[];

export const TRACK_VIEWS: readonly ViewBuilder[] = [];
