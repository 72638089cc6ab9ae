/** One request to the worker session and its result. */
import type { Progress, Results, WorkerRequest } from './protocol';
import type { WorkerSession } from './session';

export async function dispatch(
  session: WorkerSession,
  request: WorkerRequest,
  report: (progress: Progress) => void,
): Promise<Results[WorkerRequest['kind']]> {
  switch (request.kind) {
    case 'open':
      return session.open(request.fileName, request.bytes, report);
    case 'detect':
      return session.detect(request.settings);
    case 'build':
      return session.build(request.request, report);
    case 'leader':
      return session.leader(request.request, request.tracked, report);
    case 'units':
      return session.units(request.request, request.tracked, report);
    case 'consolidate':
      return session.consolidate(request.request, request.returns, request.tracked, report);
    case 'create':
      return session.create(request.lang, request.specs, report);
    case 'plan':
      return session.plan(request.request, request.tracked);
  }
}
