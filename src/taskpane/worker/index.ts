/**
 * The worker's entry (its own webpack bundle): requests run one at a time on one session, so a
 * detection never reads a workbook a build is changing; exceljs never runs on the page's thread.
 */
import { errorInfo } from '../errors';
import { dispatch } from './dispatch';
import { transferables } from './transfer';
import type { WorkerReply, WorkerRequest } from './protocol';
import { WorkerSession } from './session';

interface WorkerScope {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerReply, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;
const session = new WorkerSession();
let queue: Promise<void> = Promise.resolve();

scope.onmessage = (event) => {
  const request = event.data;
  queue = queue.then(async () => {
    try {
      const result = await dispatch(session, request, (progress) =>
        scope.postMessage({ id: request.id, type: 'progress', progress }),
      );
      scope.postMessage({ id: request.id, type: 'result', result }, transferables(result));
    } catch (err) {
      // The page shows the message; the stack stays here for whoever opens the developer tools.
      console.error(err);
      scope.postMessage({ id: request.id, type: 'error', error: errorInfo(err) });
    }
  });
};
