/** The inflation caps, checked on declared sizes before anything is inflated. */
import { failure, type FileFailure } from './errors';
import { megabytes, type Limits } from './limits';
import type { ZipEntry } from './zip-directory';

const STORED = 0;
const DEFLATED = 8;

/** Refuses the entries we are about to inflate if any one is a bomb or all together are too much. */
export function checkBudget(entries: readonly ZipEntry[], limits: Limits, file: string): FileFailure | null {
  let total = 0;
  for (const e of entries) {
    if (e.method !== STORED && e.method !== DEFLATED) {
      return failure('corrupt', { file, entry: e.name, detail: `compression method ${e.method}` });
    }
    const ratio = e.uncompressedSize / Math.max(1, e.compressedSize);
    if (e.uncompressedSize > limits.ratioMinBytes && ratio > limits.maxRatio) {
      return failure('compression_ratio', {
        file,
        entry: e.name,
        ratio: Math.round(ratio),
        limit: limits.maxRatio,
      });
    }
    total += e.uncompressedSize;
  }
  if (total > limits.maxTotalUncompressed) {
    return failure('too_much_data', {
      file,
      size: megabytes(total),
      limit: megabytes(limits.maxTotalUncompressed),
    });
  }
  return null;
}
