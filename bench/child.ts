/**
 * One measured operation in a fresh process, for its peak RSS: peaks of several operations cannot be
 * told apart inside one process. Prints `{ "ms": …, "rssMB": … }` on stdout.
 * Usage: node child.js floor|streamFloor|track <in.xlsx> <out.xlsx>
 */
import { OPERATIONS, type Operation } from './cases';

async function main(): Promise<void> {
  const [mode, input, output] = process.argv.slice(2);
  if (!Object.prototype.hasOwnProperty.call(OPERATIONS, mode)) throw new Error(`unknown operation ${mode}`);
  const start = performance.now();
  await OPERATIONS[mode as Operation](input, output);
  const ms = performance.now() - start;
  // maxRSS is in kilobytes.
  const rssMB = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(JSON.stringify({ ms, rssMB }) + '\n');
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
