/** The page's side of the worker: one promise per request, progress as it comes, errors as PaneErrors. */
import { PaneError } from '../errors';
import type { Kind, Progress, Requests, Results, WorkerReply, WorkerRequest } from '../worker/protocol';
import { transferables } from '../worker/transfer';

/** What the client needs of a Worker (a fake in tests). */
export interface WorkerLike {
  postMessage(message: WorkerRequest, transfer: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerReply>) => void): void;
  addEventListener(type: 'error', listener: (event: ErrorEvent) => void): void;
}

interface Pending {
  resolve(result: Results[Kind]): void;
  reject(error: Error): void;
  onProgress?: (progress: Progress) => void;
}

export class WorkerClient {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private started: WorkerLike | null = null;

  /**
   * The worker starts with the first request, so a page that cannot start one (opened from file://,
   * a locked-down browser) still comes up and shows why when it is asked to do something.
   */
  constructor(private readonly start: () => WorkerLike) {}

  private get worker(): WorkerLike {
    if (!this.started) this.started = this.listen(this.start());
    return this.started;
  }

  private listen(worker: WorkerLike): WorkerLike {
    worker.addEventListener('message', (event) => this.receive(event.data));
    // The worker script failed to load or threw at the top level: every waiting request fails with it.
    worker.addEventListener('error', (event) => {
      const error = new PaneError({
        kind: 'other',
        message: event.message || 'the background worker failed',
      });
      for (const p of this.pending.values()) p.reject(error);
      this.pending.clear();
    });
    return worker;
  }

  call<K extends Kind>(
    kind: K,
    payload: Requests[K],
    onProgress?: (progress: Progress) => void,
  ): Promise<Results[K]> {
    const id = this.nextId++;
    const request = { id, kind, ...payload } as WorkerRequest;
    const transfer = transferables(payload);
    return new Promise<Results[K]>((resolve, reject) => {
      const worker = this.worker;
      this.pending.set(id, { resolve: resolve as Pending['resolve'], reject, onProgress });
      worker.postMessage(request, transfer);
    });
  }

  private receive(reply: WorkerReply): void {
    const pending = this.pending.get(reply.id);
    if (!pending) return;
    if (reply.type === 'progress') {
      pending.onProgress?.(reply.progress);
      return;
    }
    this.pending.delete(reply.id);
    if (reply.type === 'result') pending.resolve(reply.result);
    else pending.reject(new PaneError(reply.error));
  }
}

/** The worker bundle named by the page (webpack writes its hashed file name into a meta tag). */
export function startWorker(doc: Document): Worker {
  const url = doc.querySelector<HTMLMetaElement>('meta[name="respmatrix-worker"]')?.content;
  if (!url) throw new Error('taskpane.html names no worker script');
  return new Worker(url);
}
