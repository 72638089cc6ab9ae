/**
 * What a user's file is, and whether we may open it, judged from its bytes before any parser runs.
 * Pure and synchronous: the same code guards the CLI, the add-in and the standalone page.
 */
import { startsWith } from './bytes';
import { hasEncryptedPackage, isCfb } from './cfb';
import { failure, type FileFailure } from './errors';
import { megabytes, resolveLimits, type Limits } from './limits';
import { looksLikeMarkup, looksLikeText } from './text-sniff';
import {
  EMPTY_ZIP_SIG,
  LOCAL_HEADER_SIG,
  partName,
  readZipDirectory,
  type ZipDirectory,
  type ZipEntry,
} from './zip-directory';

export type FileFormat = 'xlsx' | 'xlsm' | 'csv';

export type Inspection =
  { readonly ok: true; readonly format: FileFormat; readonly zip?: ZipDirectory } | FileFailure;

const TEXT_EXTENSIONS = new Set(['csv', 'tsv', 'txt']);
const ODS_MIME = 'application/vnd.oasis.opendocument.spreadsheet';
const ENCRYPTED_FLAG = 0x0001;
const STORED = 0;

export function extensionOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

export function inspectFile(bytes: Uint8Array, fileName: string, limits?: Partial<Limits>): Inspection {
  const lim = resolveLimits(limits);
  const file = fileName;
  const ext = extensionOf(fileName);
  if (bytes.length > lim.maxFileBytes) {
    return failure('too_large', { file, size: megabytes(bytes.length), limit: megabytes(lim.maxFileBytes) });
  }
  if (isCfb(bytes)) {
    if (hasEncryptedPackage(bytes)) return failure('encrypted', { file });
    return failure(ext === 'et' || ext === 'ett' ? 'et' : 'legacy_xls', { file });
  }
  if (startsWith(bytes, LOCAL_HEADER_SIG) || startsWith(bytes, EMPTY_ZIP_SIG)) {
    return inspectZip(bytes, file, ext, lim);
  }
  // Text under any name is read as CSV: systems often export CSV or TSV named .xls. Markup is not.
  const isText = bytes.length > 0 && looksLikeText(bytes) && !looksLikeMarkup(bytes);
  if (isText || (bytes.length === 0 && TEXT_EXTENSIONS.has(ext))) return { ok: true, format: 'csv' };
  // An HTML page named .xls is what many web systems export; Excel opens it and can save it as .xlsx.
  if (ext === 'xls' || ext === 'xlt') return failure('legacy_xls', { file });
  if (ext === 'et' || ext === 'ett') return failure('et', { file });
  return failure('not_zip', { file });
}

function inspectZip(bytes: Uint8Array, file: string, ext: string, lim: Limits): Inspection {
  const read = readZipDirectory(bytes, lim, file);
  if (!read.ok) return read;
  const { zip } = read;
  const byName = new Map(zip.entries.map((e) => [partName(e).toLowerCase(), e]));
  if (zip.entries.some((e) => (e.flags & ENCRYPTED_FLAG) !== 0)) return failure('encrypted', { file });
  if (byName.has('xl/workbook.xml')) {
    const macros = ext === 'xlsm' || ext === 'xltm' || byName.has('xl/vbaproject.bin');
    return { ok: true, format: macros ? 'xlsm' : 'xlsx', zip };
  }
  if (isOds(bytes, byName.get('mimetype'), ext)) return failure('ods', { file });
  return failure('not_xlsx', { file });
}

/** OpenDocument stores its `mimetype` entry first and uncompressed, so it can be read in place. */
function isOds(bytes: Uint8Array, mimetype: ZipEntry | undefined, ext: string): boolean {
  if (!mimetype || mimetype.method !== STORED || mimetype.compressedSize > 256) {
    return ext === 'ods' || ext === 'ots';
  }
  const text = new TextDecoder().decode(
    bytes.subarray(mimetype.dataOffset, mimetype.dataOffset + mimetype.compressedSize),
  );
  return text.trim().startsWith(ODS_MIME);
}
