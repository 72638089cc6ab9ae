/** What a build made, as the pane shows it, whether Excel or the worker wrote it. */
import type { TrackPlan } from '../../core/track/plan-workbook';
import type { RefreshCounts } from '../worker/protocol';
import { dashboardFromModel, type Dashboard } from './dashboard';

export interface BuildSummary {
  /** The generated sheets a user sees, in order. */
  sheets: string[];
  refresh: RefreshCounts;
  dashboard: Dashboard;
}

export function buildSummary(plan: Extract<TrackPlan, { ok: true }>): BuildSummary {
  const { refresh } = plan.model;
  return {
    sheets: plan.specs.filter((s) => !s.state || s.state === 'visible').map((s) => s.name),
    refresh: {
      kept: refresh.kept,
      added: refresh.added.length,
      archived: refresh.archived.length,
      restored: refresh.restored.length,
    },
    dashboard: dashboardFromModel(plan.model, plan.names.tracker),
  };
}
