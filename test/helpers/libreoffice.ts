/** LibreOffice headless for tests: convert a workbook to PDF or CSV, and read pdftoppm's PPM pages. */
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { tempDir } from './workbooks';

export function hasSoffice(): boolean {
  return (
    spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0 &&
    spawnSync('pdftoppm', ['-v'], { stdio: 'ignore' }).status === 0
  );
}

/** `describe` when LibreOffice and poppler are installed, else a skipped block that says why. */
export function describeIfSoffice(): jest.Describe {
  if (hasSoffice()) return describe;
  console.warn('skipping: soffice or pdftoppm is not installed');
  return describe.skip;
}

/** Converts with a fresh profile (LibreOffice refuses to share one between processes). */
export function convert(file: string, filter: string): string {
  const out = tempDir('respmatrix-lo-');
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${out}/profile`,
      '--headless',
      '--convert-to',
      filter,
      '--outdir',
      out,
      file,
    ],
    { stdio: 'ignore', timeout: 120_000 },
  );
  return out;
}

export interface Page {
  width: number;
  height: number;
  /** RGB bytes, row by row. */
  pixels: Buffer;
}

/** Renders every PDF page to an RGB image (pdftoppm's binary PPM). */
export function pdfPages(pdf: string, dpi = 60): Page[] {
  const dir = tempDir('respmatrix-ppm-');
  execFileSync('pdftoppm', ['-r', String(dpi), pdf, path.join(dir, 'page')], { timeout: 60_000 });
  return readdirSync(dir)
    .filter((f) => f.endsWith('.ppm'))
    .sort()
    .map((f) => parsePpm(readFileSync(path.join(dir, f))));
}

function parsePpm(data: Buffer): Page {
  // Header: P6 <whitespace> width height maxval, then one whitespace byte, then pixels.
  const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(data.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('not a binary PPM');
  const [, w, h] = header.map(Number);
  return { width: w, height: h, pixels: data.subarray(header[0].length) };
}

/** How many pixels of a page are within `tolerance` of an RGB colour given as hex. */
export function countColour(page: Page, hex: string, tolerance = 6): number {
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  let n = 0;
  for (let i = 0; i + 2 < page.pixels.length; i += 3) {
    if (
      Math.abs(page.pixels[i] - r) <= tolerance &&
      Math.abs(page.pixels[i + 1] - g) <= tolerance &&
      Math.abs(page.pixels[i + 2] - b) <= tolerance
    ) {
      n++;
    }
  }
  return n;
}
