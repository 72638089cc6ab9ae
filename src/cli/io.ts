/** What a command may touch of the outside world; tests pass a recording double. */
import type { Lang, MessageKey, Params } from '../i18n';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Standard input as bytes: commands detect its encoding themselves (GBK is common). */
  readStdin(): Promise<Uint8Array>;
  cwd: string;
  env: Record<string, string | undefined>;
}

/** A failure the user caused or can fix: one line on stderr in their language, and an exit code. */
export class CliError extends Error {
  constructor(
    readonly exitCode: number,
    readonly key: MessageKey,
    readonly params: Params = {},
  ) {
    super(key);
    this.name = 'CliError';
  }
}

/** Exit codes of the command-line contract. */
export const EXIT = { ok: 0, failure: 1, badInput: 2, noTable: 3 } as const;

export interface CommandContext {
  args: string[];
  io: CliIo;
  lang: Lang;
}

export type Command = (ctx: CommandContext) => Promise<number>;
