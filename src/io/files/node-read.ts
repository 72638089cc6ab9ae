/** Reading a user's file from disk in Node, refusing what is not a regular file or is too large first. */
import { readFile, stat } from 'node:fs/promises';
import { FileError } from './errors';
import { megabytes, resolveLimits, type Limits } from './limits';

/** A FileError for what the user can fix (wrong path, a folder, no permission); other errors as they are. */
function asFileError(err: unknown, file: string): unknown {
  const code = (err as { code?: unknown } | null)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new FileError('not_found', { file }, { cause: err });
  if (code === 'EISDIR' || code === 'EACCES' || code === 'EPERM') {
    return new FileError('unreadable', { file }, { cause: err });
  }
  return err;
}

/** `shown` is how messages name the file (as the user typed it); defaults to the path. */
export async function readFileGuarded(
  path: string,
  limits?: Partial<Limits>,
  shown = path,
): Promise<Uint8Array> {
  const { maxFileBytes } = resolveLimits(limits);
  const tooLarge = (n: number) =>
    new FileError('too_large', { file: shown, size: megabytes(n), limit: megabytes(maxFileBytes) });
  const info = await stat(path).catch((err: unknown) => {
    throw asFileError(err, shown);
  });
  // Folders, devices and pipes (/dev/zero would read forever).
  if (!info.isFile()) throw new FileError('unreadable', { file: shown });
  if (info.size > maxFileBytes) throw tooLarge(info.size);
  const bytes = await readFile(path).catch((err: unknown) => {
    throw asFileError(err, shown);
  });
  if (bytes.length > maxFileBytes) throw tooLarge(bytes.length); // it grew since stat
  return bytes;
}
