/** Writing an output file so a crash never leaves half of it: a temporary file beside it, then rename. */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { FileError } from './errors';

/**
 * Throws FileError 'unwritable' (with the system's one-word reason, e.g. EACCES) when it cannot;
 * `shown` is how the message names the file.
 */
export async function writeFileAtomic(
  target: string,
  data: Uint8Array | string,
  shown = target,
): Promise<void> {
  const temp = path.join(
    path.dirname(target),
    `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`,
  );
  try {
    await fs.writeFile(temp, data);
    await fs.rename(temp, target);
  } catch (err) {
    await fs.rm(temp, { force: true });
    const code = (err as { code?: unknown } | null)?.code;
    throw new FileError(
      'unwritable',
      { file: shown, detail: typeof code === 'string' ? code : String(err) },
      { cause: err },
    );
  }
}
