/** `respmatrix` entry: picks the language, dispatches to a command, turns failures into one line. */
import { langFromTag, t, type Lang } from '../i18n';
import { commands } from './commands';
import { fileErrorKey, isFileError } from '../io/files/errors';
import { CliError, EXIT, type CliIo } from './io';

/** The language: `--lang en|zh` wins, then LC_ALL / LC_MESSAGES / LANG; Chinese by default. */
export function pickLang(argv: string[], env: CliIo['env']): { lang: Lang; rest: string[] } {
  const rest: string[] = [];
  let tag: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--lang' && i + 1 < argv.length) tag = argv[++i];
    else if (a.startsWith('--lang=')) tag = a.slice('--lang='.length);
    else rest.push(a);
  }
  return { lang: langFromTag(tag ?? env.LC_ALL ?? env.LC_MESSAGES ?? env.LANG), rest };
}

export async function run(argv: string[], io: CliIo): Promise<number> {
  const { lang, rest } = pickLang(argv, io.env);
  const [name, ...args] = rest;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(t(lang, 'cli.usage') + '\n');
    return name ? EXIT.ok : EXIT.badInput;
  }
  const command = Object.prototype.hasOwnProperty.call(commands, name) ? commands[name] : undefined;
  if (!command) {
    io.stderr(t(lang, 'cli.unknownCommand', { command: name }) + '\n' + t(lang, 'cli.usage') + '\n');
    return EXIT.badInput;
  }
  try {
    return await command({ args, io, lang });
  } catch (err) {
    if (err instanceof CliError) {
      io.stderr(t(lang, err.key, err.params) + '\n');
      return err.exitCode;
    }
    if (isFileError(err)) {
      io.stderr(t(lang, fileErrorKey(err.code), err.params) + '\n');
      return EXIT.badInput;
    }
    const detail = err instanceof Error ? err.message : String(err);
    io.stderr(
      t(lang, 'cli.internalError', { file: args.find((a) => !a.startsWith('-')) ?? '', detail }) + '\n',
    );
    if (io.env.RESPMATRIX_DEBUG && err instanceof Error && err.stack) io.stderr(err.stack + '\n');
    return EXIT.failure;
  }
}

function processIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return new Uint8Array(Buffer.concat(chunks));
    },
    cwd: process.cwd(),
    env: process.env,
  };
}

export function main(argv: string[]): void {
  // Output piped into a program that stops reading (`| head`) is not an error worth a stack trace.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
  run(argv, processIo()).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(String(err) + '\n');
      process.exitCode = EXIT.failure;
    },
  );
}
