/**
 * exceljs loading behind the guards. exceljs inflates every zip entry before looking at it, so it is
 * handed a repacked zip holding only the entries it will use — copied compressed, checked against the
 * caps, each inflated once beforehand under its declared size.
 */
import ExcelJS from 'exceljs';
import { FileError } from '../files/errors';
import type { InflateRaw } from '../files/inflate';
import { inflateRawWeb } from '../files/inflate-web';
import { inspectFile } from '../files/inspect';
import { resolveLimits, type Limits } from '../files/limits';
import type { DroppedPart, Purpose } from '../files/part-kinds';
import { selectParts } from '../files/select-parts';
import { copyEntries } from '../files/zip-writer';

export type { DroppedPart } from '../files/part-kinds';

type LoadInput = Parameters<ExcelJS.Xlsx['load']>[0];

export interface OpenedWorkbook {
  readonly workbook: ExcelJS.Workbook;
  /** Kinds of content in the file that exceljs loses if this workbook is written back. */
  readonly dropped: readonly DroppedPart[];
}

export interface OpenOptions {
  /** 'read' keeps what cell values need; 'rewrite' keeps also what exceljs can write back (images). */
  readonly purpose: Purpose;
  readonly limits?: Partial<Limits>;
  /** Defaults to DecompressionStream, present in browsers and Node; Node callers may pass inflateRawNode. */
  readonly inflateRaw?: InflateRaw;
}

/** Throws FileError for a refused file — also for what exceljs itself fails on — and nothing else. */
export async function openWorkbook(
  bytes: Uint8Array,
  fileName: string,
  opts: OpenOptions,
): Promise<OpenedWorkbook> {
  const limits = resolveLimits(opts.limits);
  const inspection = inspectFile(bytes, fileName, limits);
  if (!inspection.ok) throw FileError.from(inspection);
  // CSV is text, not a workbook: callers read it with gridFromCsv.
  if (!inspection.zip) throw new FileError('not_zip', { file: fileName });

  const selection = await selectParts(
    bytes,
    inspection.zip,
    opts.purpose,
    limits,
    opts.inflateRaw ?? inflateRawWeb,
    fileName,
  );
  if (!selection.ok) throw FileError.from(selection);

  const workbook = new ExcelJS.Workbook();
  try {
    // JSZip takes any Uint8Array; exceljs's typings ask for a Node Buffer.
    await workbook.xlsx.load(copyEntries(bytes, selection.kept, selection.changes) as unknown as LoadInput);
  } catch (err) {
    throw new FileError(
      'corrupt',
      { file: fileName, detail: err instanceof Error ? err.message : String(err) },
      {
        cause: err,
      },
    );
  }
  return { workbook, dropped: selection.dropped };
}
