/** A WorkerLike that runs the worker's session in this process: the client and the session, minus the thread. */
import type { WorkerLike } from '../../src/taskpane/backend/worker-client';
import { errorInfo } from '../../src/taskpane/errors';
import { dispatch } from '../../src/taskpane/worker/dispatch';
import type { WorkerReply, WorkerRequest } from '../../src/taskpane/worker/protocol';
import { WorkerSession } from '../../src/taskpane/worker/session';

export function inProcessWorker(session = new WorkerSession()): WorkerLike & { requests: WorkerRequest[] } {
  const listeners: ((event: MessageEvent<WorkerReply>) => void)[] = [];
  const requests: WorkerRequest[] = [];
  const emit = (reply: WorkerReply) =>
    listeners.forEach((l) => l({ data: reply } as MessageEvent<WorkerReply>));
  return {
    requests,
    postMessage(request) {
      requests.push(request);
      void dispatch(session, request, (progress) =>
        emit({ id: request.id, type: 'progress', progress }),
      ).then(
        (result) => emit({ id: request.id, type: 'result', result }),
        (err: unknown) => emit({ id: request.id, type: 'error', error: errorInfo(err) }),
      );
    },
    addEventListener(type: 'message' | 'error', listener: never) {
      if (type === 'message') listeners.push(listener);
    },
  };
}
