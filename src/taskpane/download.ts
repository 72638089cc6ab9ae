/** Offering bytes as a file download: a Blob URL on a temporary link, released once the browser has it. */
import type { NamedBytes } from './worker/protocol';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function download(doc: Document, file: NamedBytes): void {
  const url = URL.createObjectURL(new Blob([file.bytes as BlobPart], { type: XLSX_TYPE }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.style.display = 'none';
  doc.body.appendChild(link);
  link.click();
  link.remove();
  // The download has started from the click; the URL is kept a little for slower browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Browsers ask once before a page downloads several files; spacing the clicks keeps them from dropping some. */
export async function downloadAll(doc: Document, files: readonly NamedBytes[], gapMs = 400): Promise<void> {
  for (const [i, file] of files.entries()) {
    if (i > 0) await new Promise((resolve) => setTimeout(resolve, gapMs));
    download(doc, file);
  }
}
