import { WorkerClient, type WorkerLike } from '../../../src/taskpane/backend/worker-client';
import { PaneError } from '../../../src/taskpane/errors';
import type { WorkerReply, WorkerRequest } from '../../../src/taskpane/worker/protocol';
import { transferables } from '../../../src/taskpane/worker/transfer';

/** A worker whose replies the test sends by hand. */
function fakeWorker() {
  const sent: { request: WorkerRequest; transfer: Transferable[] }[] = [];
  const on: { message?: (e: MessageEvent<WorkerReply>) => void; error?: (e: ErrorEvent) => void } = {};
  const worker: WorkerLike = {
    postMessage: (request, transfer) => sent.push({ request, transfer }),
    addEventListener: ((type: 'message' | 'error', listener: never) => {
      on[type] = listener;
    }) as WorkerLike['addEventListener'],
  };
  const reply = (r: WorkerReply) => on.message?.({ data: r } as MessageEvent<WorkerReply>);
  const fail = (message: string) => on.error?.({ message } as ErrorEvent);
  return { worker, sent, reply, fail };
}

describe('WorkerClient', () => {
  it('sends a request with its bytes transferred, forwards progress and resolves with the result', async () => {
    const { worker, sent, reply } = fakeWorker();
    const client = new WorkerClient(() => worker);
    const progress: string[] = [];
    const bytes = new Uint8Array([1, 2, 3]);
    const pending = client.call('open', { fileName: 'a.xlsx', bytes }, (p) => progress.push(p.phase));
    expect(sent[0].request).toMatchObject({ id: 1, kind: 'open', fileName: 'a.xlsx' });
    expect(sent[0].transfer).toEqual([bytes.buffer]);
    reply({ id: 1, type: 'progress', progress: { phase: 'open' } });
    const result = { fileName: 'a.xlsx', sheets: ['S'], meta: null, sheet: 'S', dropped: [] };
    reply({ id: 1, type: 'result', result });
    await expect(pending).resolves.toEqual(result);
    expect(progress).toEqual(['open']);
  });

  it('rejects with the error as data, and every waiting request when the worker itself fails', async () => {
    const { worker, reply, fail } = fakeWorker();
    const client = new WorkerClient(() => worker);
    const refused = client.call('detect', { settings: {} as never });
    reply({ id: 1, type: 'error', error: { kind: 'file', code: 'encrypted', params: { file: 'a.xlsx' } } });
    await expect(refused).rejects.toEqual(
      new PaneError({ kind: 'file', code: 'encrypted', params: { file: 'a.xlsx' } }),
    );

    const a = client.call('units', { request: {} as never });
    const b = client.call('leader', { request: {} as never });
    fail('worker.js failed to load');
    await expect(a).rejects.toMatchObject({ info: { kind: 'other', message: 'worker.js failed to load' } });
    await expect(b).rejects.toBeInstanceOf(PaneError);
  });

  it('starts the worker with the first request, and a worker that cannot start fails that request', async () => {
    const start = jest.fn(() => {
      throw new Error('Worker scripts cannot be loaded from file://');
    });
    const client = new WorkerClient(start);
    expect(start).not.toHaveBeenCalled();
    await expect(client.call('units', { request: {} as never })).rejects.toThrow('file://');
  });
});

describe('transferables', () => {
  it('finds every byte array once, in nested results, and skips Maps', () => {
    const one = new Uint8Array(2);
    const two = new Uint8Array(3);
    expect(
      transferables({
        file: { bytes: one },
        files: [{ bytes: two }, { bytes: one }],
        meta: new Map([[1, one]]),
      }),
    ).toEqual([one.buffer, two.buffer]);
  });
});
