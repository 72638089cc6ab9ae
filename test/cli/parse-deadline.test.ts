import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { DEADLINES_TSV, GOLDEN_CONTEXT, loadGoldenCases } from '../core/cells/deadline-samples';
import { runCli } from '../helpers/cli';
import { REPO_ROOT, describeIfExists } from '../helpers/paths';

const GOLDEN_ARGS = ['--plan-year', String(GOLDEN_CONTEXT.planYear), '--as-of', GOLDEN_CONTEXT.asOf];

const jsonLines = (stdout: string) =>
  stdout
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);

describeIfExists(DEADLINES_TSV)('parse-deadline reads the golden table from stdin', () => {
  it('prints one JSON line per text, with the kind and due date of the table', async () => {
    const golden = loadGoldenCases();
    const stdin = golden.map((c) => c.text).join('\n');
    const result = await runCli(['parse-deadline', ...GOLDEN_ARGS], { stdin });
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const lines = jsonLines(result.stdout);
    expect(lines).toHaveLength(golden.length);
    lines.forEach((line, i) => {
      const { text, kind, due } = golden[i];
      expect({ text: line.text, kind: line.kind, due: line.due }).toEqual({ text, kind, due });
    });
  });

  it('takes the first column of TSV lines and skips empty lines', async () => {
    const tsv = ['6月底前\tdate\t2026-06-30', '', '  ', '每月25日前\trecurring\t2026-12-25', ''].join('\r\n');
    const lines = jsonLines((await runCli(['parse-deadline', ...GOLDEN_ARGS], { stdin: tsv })).stdout);
    expect(lines.map((l) => l.text)).toEqual(['6月底前', '每月25日前']);
  });
});

describe('parse-deadline', () => {
  it('reads TEXT arguments and prints the fields in order, recurrence only when present', async () => {
    const result = await runCli(['parse-deadline', ...GOLDEN_ARGS, '3月11日-4月15日', '每月25日前']);
    expect(result.stdout).toBe(
      '{"text":"3月11日-4月15日","kind":"range","due":"2026-04-15","start":"2026-03-11","milestones":["2026-03-11","2026-04-15"]}\n' +
        '{"text":"每月25日前","kind":"recurring","due":"2026-12-25","start":null,"milestones":[],"recurrence":{"unit":"month","day":25}}\n',
    );
  });

  it('defaults the plan year to the as-of year', async () => {
    const [line] = jsonLines((await runCli(['parse-deadline', '--as-of', '2030-03-01', '6月底前'])).stdout);
    expect(line.due).toBe('2030-06-30');
  });

  it('defaults the as-of date to today', async () => {
    const [line] = jsonLines((await runCli(['parse-deadline', '即日起'])).stdout);
    expect(line.start).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it.each([
    [['--as-of', '2026-02-30'], '日期“2026-02-30”格式不对'],
    [['--as-of', '30/11/2026'], '日期“30/11/2026”格式不对'],
    [['--plan-year', '26x'], '“26x”不是有效的数字（--plan-year）'],
    [['--plan-year', '99999'], '“99999”不是有效的数字（--plan-year）'],
  ])('refuses %j with exit 2', async (args, message) => {
    const result = await runCli(['parse-deadline', ...args, '6月底前']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(message);
  });

  it('shows its usage with --help, in English with --lang en', async () => {
    const result = await runCli(['parse-deadline', '--help', '--lang', 'en']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage: respmatrix parse-deadline/);
  });
});

describe('the respmatrix binary', () => {
  beforeAll(() => {
    // bin/ runs the compiled lib/; `npm test` builds it first, a bare `npx jest` may not have.
    if (!existsSync(path.join(REPO_ROOT, 'lib/cli/commands/parse-deadline.js'))) {
      try {
        execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'], {
          cwd: REPO_ROOT,
          stdio: 'pipe',
        });
      } catch (err) {
        // Type errors elsewhere still emit JavaScript; only a missing build is fatal.
        if (!existsSync(path.join(REPO_ROOT, 'lib/cli/commands/parse-deadline.js'))) throw err;
      }
    }
  });

  it('parses a TEXT argument', () => {
    const result = spawnSync(
      process.execPath,
      ['bin/respmatrix.js', 'parse-deadline', ...GOLDEN_ARGS, '年底前'],
      { cwd: REPO_ROOT, encoding: 'utf8' },
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      text: '年底前',
      kind: 'date',
      due: '2026-12-31',
      start: null,
      milestones: ['2026-12-31'],
    });
  });
});
