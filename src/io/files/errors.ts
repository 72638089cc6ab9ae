/** Why a file is refused: codes as data; the sentences live in src/i18n/files.ts under `file.<code>`. */
import type { MessageKey, Params } from '../../i18n';

export type FileErrorCode =
  | 'too_large'
  | 'encrypted'
  | 'legacy_xls'
  | 'ods'
  | 'et'
  | 'not_zip'
  | 'not_xlsx'
  | 'too_many_entries'
  | 'too_much_data'
  | 'compression_ratio'
  | 'corrupt'
  | 'not_found'
  | 'unreadable'
  | 'unwritable';

export interface FileFailure {
  readonly ok: false;
  readonly code: FileErrorCode;
  readonly params: Params;
}

export function failure(code: FileErrorCode, params: Params): FileFailure {
  return { ok: false, code, params };
}

/** The message key of a code; fails to compile if src/i18n/files.ts lacks one. */
export function fileErrorKey(code: FileErrorCode): MessageKey {
  return `file.${code}`;
}

/** A refused file, thrown by the async loaders; `cause` keeps the underlying library error. */
export class FileError extends Error {
  constructor(
    readonly code: FileErrorCode,
    readonly params: Params = {},
    options?: { cause?: unknown },
  ) {
    super(`file.${code}`, options);
    this.name = 'FileError';
  }

  static from(f: FileFailure): FileError {
    return new FileError(f.code, f.params);
  }
}

export function isFileError(err: unknown): err is FileError {
  return err instanceof FileError;
}
