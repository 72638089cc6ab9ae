/**
 * The pane's state and actions: the App's one link to the backend. Every action runs through `guard`,
 * the single place errors are caught, turned into a sentence in the user's language and shown.
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import type { ColumnRole } from '../core/model';
import type { Lang } from '../i18n';
import type {
  BuildOutcome,
  InsertOutcome,
  MergeSummary,
  OpenedWorkbook,
  PaneBackend,
  PaneProgress,
} from './backend/types';
import { errorInfo, errorText, planFailure } from './errors';
import { isTableSized, parseCellRange } from '../core/read/cell-range';
import type { Dashboard } from './model/dashboard';
import type { Detection } from './model/detection';
import { localIsoDate } from '../core/dates';
import { namedBreakdowns, previewPlans, type PlanPreview } from './model/plan-preview';
import { initialSettings, type PaneSettings } from './model/settings';
import type { ExportFile } from './worker/protocol';

export type Busy = 'open' | 'detect' | 'build' | 'leader' | 'units' | 'merge' | 'plan' | 'insert';

export interface PaneState {
  opened: OpenedWorkbook | null;
  /** Standalone: the file being opened, before it is. */
  opening: string | null;
  settings: PaneSettings | null;
  detection: Detection | null;
  build: BuildOutcome | null;
  merge: MergeSummary | null;
  leader: ExportFile | null;
  units: ExportFile[] | null;
  /** The figures shown: of the last build or merge, else of the detection. */
  dashboard: Dashboard | null;
  /** 从方案生成: the pasted text, what reading it found (null until read, again once edited), what was made of it. */
  planText: string;
  plans: PlanPreview[] | null;
  inserted: InsertOutcome | null;
  busy: Busy | null;
  progress: PaneProgress | null;
  error: string | null;
}

const EMPTY: PaneState = {
  opened: null,
  opening: null,
  settings: null,
  detection: null,
  build: null,
  merge: null,
  leader: null,
  units: null,
  dashboard: null,
  planText: '',
  plans: null,
  inserted: null,
  busy: null,
  progress: null,
  error: null,
};

/** Settings that change what detection finds. */
const DETECTING: readonly (keyof PaneSettings)[] = [
  'sheet',
  'asOf',
  'planYear',
  'dueSoonDays',
  'map',
  'range',
];

export function usePane(backend: PaneBackend, lang: Lang, now: () => Date = () => new Date()) {
  const [state, setState] = useState<PaneState>(EMPTY);
  // Read through a ref, so a clock passed inline does not make new actions on every render.
  const clock = useRef(now);
  clock.current = now;
  const latest = useRef(state);
  latest.current = state;
  // Only the newest detection is shown; an older one finishing late is dropped.
  const detectRun = useRef(0);

  const patch = useCallback((p: Partial<PaneState>) => setState((s) => ({ ...s, ...p })), []);

  /** Runs an action; true when it succeeded, so the App can move on (to 识别 after an insert). */
  const guard = useCallback(
    async (busy: Busy, work: () => Promise<Partial<PaneState>>): Promise<boolean> => {
      patch({ busy, progress: null, error: null });
      try {
        patch({ ...(await work()), busy: null, progress: null });
        return true;
      } catch (err) {
        console.error(err);
        patch({ busy: null, progress: null, error: errorText(lang, errorInfo(err)) });
        return false;
      }
    },
    [lang, patch],
  );

  const onProgress = useCallback((progress: PaneProgress) => patch({ progress }), [patch]);

  const detect = useCallback(
    (settings: PaneSettings, reread = false) => {
      const run = ++detectRun.current;
      return guard('detect', async () => {
        const detection = await backend.detect(settings, reread);
        if (run !== detectRun.current) return {};
        const s = latest.current;
        return { detection, dashboard: s.build || s.merge ? s.dashboard : detection.dashboard };
      });
    },
    [backend, guard],
  );

  const actions = useMemo(
    () => ({
      open: (file?: File) =>
        guard('open', async () => {
          patch({ opening: file?.name ?? null });
          const opened = await backend.open(file);
          const settings = initialSettings(opened.sheet, opened.meta, localIsoDate(clock.current()), lang);
          const detection = await backend.detect(settings);
          const { planText, plans } = latest.current;
          return { ...EMPTY, planText, plans, opened, settings, detection, dashboard: detection.dashboard };
        }),

      update: (change: Partial<PaneSettings>) => {
        const current = latest.current.settings;
        if (!current) return;
        const settings = { ...current, ...change };
        patch({ settings });
        if (DETECTING.some((k) => k in change)) void detect(settings);
      },

      setRole: (role: ColumnRole, letter: string) => {
        const current = latest.current.settings;
        if (current) actions.update({ map: { ...current.map, [role]: letter } });
      },

      reread: () => {
        const settings = latest.current.settings;
        if (settings) void detect(settings, true);
      },

      build: () =>
        guard('build', async () => {
          const settings = latest.current.settings;
          if (!settings) return {};
          const build = await backend.build(settings, onProgress);
          return {
            build,
            merge: null,
            leader: null,
            units: null,
            inserted: null,
            dashboard: build.dashboard,
          };
        }),

      /** Inside Excel: the table is read from the user's selection (its sheet becomes the source). */
      useSelection: () =>
        guard('detect', async () => {
          const current = latest.current;
          if (!current.settings || !backend.selection) return {};
          const selected = await backend.selection();
          const area = selected && parseCellRange(selected.range);
          const sources = current.opened?.sheets ?? [];
          if (!selected || !area || !isTableSized(area) || !sources.includes(selected.sheet))
            throw planFailure('no_selection', sources);
          const sameSheet = selected.sheet === current.settings.sheet;
          const settings = {
            ...current.settings,
            sheet: selected.sheet,
            range: area,
            map: sameSheet ? current.settings.map : {},
          };
          // A selection is read afresh: the user may have just typed the table there.
          const detection = await backend.detect(settings, true);
          return {
            settings,
            detection,
            dashboard: current.build || current.merge ? current.dashboard : detection.dashboard,
          };
        }),

      select: (sheet: string, address: string) =>
        backend
          .select(sheet, address)
          .catch((err: unknown) => patch({ error: errorText(lang, errorInfo(err)) })),

      leader: () =>
        guard('leader', async () => {
          const settings = latest.current.settings;
          return settings ? { leader: await backend.leader(settings, onProgress) } : {};
        }),

      units: () =>
        guard('units', async () => {
          const settings = latest.current.settings;
          return settings ? { units: await backend.units(settings, onProgress) } : {};
        }),

      merge: (files: readonly File[]) =>
        guard('merge', async () => {
          const settings = latest.current.settings;
          if (!settings) return {};
          const merge = await backend.consolidate(settings, files, onProgress);
          return { merge, dashboard: merge.dashboard };
        }),

      setPlanText: (planText: string) => patch({ planText, plans: null }),

      /** Reads the pasted plan here, on the page: pure and quick for a document, no worker needed. */
      readPlan: () =>
        guard('plan', async () => {
          const { planText, settings } = latest.current;
          // The plan's year is its own (from its title), not the open workbook's.
          const plans = previewPlans(planText, { asOf: settings?.asOf ?? localIsoDate(clock.current()) });
          return { plans };
        }),

      /** Writes the plans read as breakdown sheets, then takes the first as the source to detect and build from. */
      insertPlans: () =>
        guard('insert', async () => {
          const s = latest.current;
          const plans = namedBreakdowns(s.plans ?? []);
          if (plans.length === 0) return {};
          const inserted = await backend.insertPlans({ plans, lang }, onProgress);
          const { opened } = inserted;
          const settings = s.settings
            ? { ...s.settings, sheet: opened.sheet, map: {}, range: null }
            : initialSettings(opened.sheet, opened.meta, localIsoDate(clock.current()), lang);
          const detection = await backend.detect(settings);
          return {
            ...EMPTY,
            planText: s.planText,
            plans: s.plans,
            inserted,
            opened,
            settings,
            detection,
            dashboard: detection.dashboard,
          };
        }),

      dismissError: () => patch({ error: null }),
    }),
    [backend, detect, guard, lang, onProgress, patch],
  );

  return { state, actions };
}
