/** The standalone page: everything runs in the worker on the file the user picked, or on one it made from a plan. */
import { newBreakdownSpecs } from '../../core/extract/breakdown-specs';
import { trackRequest } from '../model/settings';
import type { WorkerClient } from './worker-client';
import { namedBytes, type PaneBackend } from './types';

export function standaloneBackend(worker: WorkerClient): PaneBackend {
  return {
    mode: 'standalone',
    async open(file) {
      if (!file) throw new Error('The standalone page opens a file the user picked');
      const { fileName, bytes } = await namedBytes(file);
      const opened = await worker.call('open', { fileName, bytes });
      return { ...opened, fileName: opened.fileName };
    },
    detect: (settings) => worker.call('detect', { settings }),
    async build(settings, onProgress) {
      const result = await worker.call('build', { request: trackRequest(settings) }, onProgress);
      return {
        sheets: result.sheets,
        trackerName: result.names.tracker,
        refresh: result.refresh,
        dashboard: result.dashboard,
        skipped: [],
        file: result.file,
      };
    },
    select: async () => undefined,
    leader: (settings, onProgress) => worker.call('leader', { request: trackRequest(settings) }, onProgress),
    units: (settings, onProgress) => worker.call('units', { request: trackRequest(settings) }, onProgress),
    async consolidate(settings, files, onProgress) {
      const returns = await Promise.all(files.map(namedBytes));
      const outcome = await worker.call(
        'consolidate',
        { request: trackRequest(settings), returns },
        onProgress,
      );
      return {
        counts: outcome.counts,
        logSheet: outcome.logSheet,
        dashboard: outcome.dashboard,
        file: outcome.file,
        skipped: [],
      };
    },
    async insertPlans({ plans, lang }, onProgress) {
      // A new workbook: the names only have to differ from each other.
      const specs = newBreakdownSpecs(plans, []);
      const { file, ...opened } = await worker.call('create', { lang, specs }, onProgress);
      return { sheets: specs.map((s) => s.name), opened, file, skipped: [] };
    },
  };
}
