/** The golden deadline table shared by the project: `<root>/../shared/samples/deadlines.tsv`. */
import fs from 'node:fs';
import path from 'node:path';
import type { DeadlineKind } from '../../../src/core/model';
import { SHARED_SAMPLES } from '../../helpers/paths';

export const DEADLINES_TSV = path.join(SHARED_SAMPLES, 'deadlines.tsv');

/** The table's own assumptions. */
export const GOLDEN_CONTEXT = { asOf: '2026-11-30', planYear: 2026 };

export interface GoldenCase {
  text: string;
  kind: DeadlineKind;
  due: string | null;
}

/** The data lines of the table (comments start with #); empty when the file is absent. */
export function loadGoldenCases(): GoldenCase[] {
  if (!fs.existsSync(DEADLINES_TSV)) return [];
  return fs
    .readFileSync(DEADLINES_TSV, 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => {
      const [text, kind, due] = line.split('\t');
      return { text, kind: kind as DeadlineKind, due: due ? due : null };
    });
}
