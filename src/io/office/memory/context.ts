/**
 * The request context of the in-memory workbook. Like Office.js, every call is queued and runs at
 * `sync()`; loaded properties are readable only after it. Each sync is checked against Excel on the
 * web's limits (5 MB request, 5 MB response, 5,000,000 cells read) and recorded.
 */
import type { XlApplication, XlContext } from '../excel-types';
import { jsonBytes } from '../payload';
import type { MemoryExcel } from './memory-excel';
import { MemoryWorkbook } from './objects';

/** An error as Office.js reports it: a code and a message. */
export class ExcelApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
  }
}

/** Bytes a queued command costs besides its arguments. */
export const MEMORY_COMMAND_BYTES = 60;

export interface LoadResult {
  bytes: number;
  cells: number;
  /** Makes the loaded values readable; called only when the whole response fits. */
  commit(): void;
}

type Queued = { kind: 'command'; bytes: number; run: () => void } | { kind: 'load'; run: () => LoadResult };

export interface BatchRecord {
  requestBytes: number;
  responseBytes: number;
  cellsRead: number;
  commands: number;
  loads: number;
  calculationSuspended: boolean;
  screenUpdatingSuspended: boolean;
}

export class MemoryContext implements XlContext {
  readonly workbook: MemoryWorkbook;
  readonly application: XlApplication;
  private queue: Queued[] = [];
  private calculationSuspended = false;
  private screenUpdatingSuspended = false;

  constructor(readonly excel: MemoryExcel) {
    this.workbook = new MemoryWorkbook(this);
    this.application = {
      suspendApiCalculationUntilNextSync: () => {
        this.requireApi('1.6', 'suspendApiCalculationUntilNextSync');
        this.calculationSuspended = true;
      },
      suspendScreenUpdatingUntilNextSync: () => {
        this.requireApi('1.9', 'suspendScreenUpdatingUntilNextSync');
        this.screenUpdatingSuspended = true;
      },
    };
  }

  requireApi(version: string, what: string): void {
    if (!this.excel.supports(version))
      throw new ExcelApiError('ApiNotFound', `${what} needs ExcelApi ${version}`);
  }

  /** Queues a command; `label` goes to the workbook's log when it runs. */
  command(label: string, args: unknown, run: () => void): void {
    this.queue.push({
      kind: 'command',
      bytes: MEMORY_COMMAND_BYTES + (args === undefined ? 0 : jsonBytes(args)),
      run: () => {
        run();
        this.excel.log.push(label);
      },
    });
  }

  load(run: () => LoadResult): void {
    this.queue.push({ kind: 'load', run });
  }

  async sync(): Promise<void> {
    const queue = this.queue;
    this.queue = [];
    const record: BatchRecord = {
      requestBytes: queue.reduce((n, q) => n + (q.kind === 'command' ? q.bytes : MEMORY_COMMAND_BYTES), 0),
      responseBytes: 0,
      cellsRead: 0,
      commands: queue.filter((q) => q.kind === 'command').length,
      loads: queue.filter((q) => q.kind === 'load').length,
      calculationSuspended: this.calculationSuspended,
      screenUpdatingSuspended: this.screenUpdatingSuspended,
    };
    this.calculationSuspended = false;
    this.screenUpdatingSuspended = false;
    this.excel.batches.push(record);
    const { payloadBytes, readCells } = this.excel.limits;
    if (record.requestBytes > payloadBytes)
      throw new ExcelApiError('RequestPayloadSizeLimitExceeded', `request of ${record.requestBytes} bytes`);
    const loaded: LoadResult[] = [];
    for (const q of queue) {
      if (q.kind === 'command') q.run();
      else loaded.push(q.run());
    }
    record.responseBytes = loaded.reduce((n, l) => n + l.bytes, 0);
    record.cellsRead = loaded.reduce((n, l) => n + l.cells, 0);
    if (record.responseBytes > payloadBytes || record.cellsRead > readCells)
      throw new ExcelApiError(
        'ResponsePayloadSizeLimitExceeded',
        `response of ${record.responseBytes} bytes, ${record.cellsRead} cells`,
      );
    for (const l of loaded) l.commit();
  }
}
