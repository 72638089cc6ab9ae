/** Running the CLI in-process with a recording io. */
import { run } from '../../src/cli/main';
import type { CliIo } from '../../src/cli/io';
import { REPO_ROOT } from './paths';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(
  argv: string[],
  options: { stdin?: string | Uint8Array; cwd?: string; env?: CliIo['env'] } = {},
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    readStdin: async () =>
      typeof options.stdin === 'string'
        ? new TextEncoder().encode(options.stdin)
        : (options.stdin ?? new Uint8Array()),
    cwd: options.cwd ?? REPO_ROOT,
    env: options.env ?? {},
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}
