/**
 * `respmatrix extract <plan.txt|->`: a work plan's text → its tasks, phases, groups and score areas;
 * a summary on stdout, a breakdown workbook with -o (one sheet per plan), JSON with --json.
 */
import ExcelJS from 'exceljs';
import path from 'node:path';
import { breakdownSheet } from '../../core/extract/breakdown-rows';
import { countsOf, extractJson, type PlanCounts } from '../../core/extract/extract-json';
import { extractPlans } from '../../core/extract/extract-plans';
import type { ExtractedPlan } from '../../core/extract/plan-model';
import { decodeTextStrict } from '../../core/text-decode';
import { t, type Lang } from '../../i18n';
import { writeFileAtomic } from '../../io/files/atomic-write';
import { readFileGuarded } from '../../io/files/node-read';
import { newBreakdownSpecs } from '../../core/extract/breakdown-specs';
import { renderSheet } from '../../io/xlsx/render-sheet';
import { CliError, EXIT, type CliIo, type Command } from '../io';
import { dateOption, intOption, parseCommandArgs, todayIso } from '../options';

export const EXTRACT_OPTIONS = {
  output: { type: 'string', short: 'o' },
  json: { type: 'string' },
  'plan-year': { type: 'string' },
  'as-of': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const STDIN = '-';

export const extractCommand: Command = async ({ args, io, lang }) => {
  const { values, positionals } = parseCommandArgs(args, EXTRACT_OPTIONS);
  if (values.help) {
    io.stdout(t(lang, 'extract.usage') + '\n');
    return EXIT.ok;
  }
  if (positionals.length === 0) throw new CliError(EXIT.badInput, 'extract.missingInput');
  if (positionals.length > 1)
    throw new CliError(EXIT.badInput, 'extract.tooManyInputs', { files: positionals.join(' ') });
  const source = positionals[0];
  const asOf = dateOption(values['as-of'], todayIso());
  const planYear = intOption(values['plan-year'], '--plan-year', { min: 1900, max: 2200 });

  const text = await readPlanText(source, io);
  if (text.trim() === '') throw new CliError(EXIT.badInput, 'extract.emptyInput', { file: source });
  const extracted = extractPlans(text, { asOf, planYear });
  const specs = newBreakdownSpecs(
    extracted.map((plan) => ({ name: plan.name, sheet: breakdownSheet(plan) })),
    [],
  );
  const plans = extracted.map((plan, i) => ({ plan, sheet: specs[i].name }));
  if (plans.every(({ plan }) => isEmpty(plan)))
    throw new CliError(EXIT.noTable, 'extract.nothingFound', { file: source });

  const jsonToStdout = values.json === STDIN;
  if (!jsonToStdout)
    io.stdout(
      summary(
        plans.map((p) => p.plan),
        lang,
      ),
    );
  if (values.output !== undefined) {
    const workbook = new ExcelJS.Workbook();
    for (const spec of specs) renderSheet(workbook, spec);
    await writeFileAtomic(
      path.resolve(io.cwd, values.output),
      new Uint8Array(await workbook.xlsx.writeBuffer()),
      values.output,
    );
    if (!jsonToStdout)
      io.stdout(t(lang, 'extract.written', { file: values.output, sheets: plans.length }) + '\n');
  }
  if (values.json !== undefined) {
    const json = JSON.stringify(extractJson(plans, source, asOf), null, 2) + '\n';
    if (jsonToStdout) io.stdout(json);
    else {
      await writeFileAtomic(path.resolve(io.cwd, values.json), json, values.json);
      io.stdout(t(lang, 'extract.jsonWritten', { file: values.json }) + '\n');
    }
  }
  return EXIT.ok;
};

async function readPlanText(source: string, io: CliIo): Promise<string> {
  const bytes =
    source === STDIN
      ? await io.readStdin()
      : await readFileGuarded(path.resolve(io.cwd, source), undefined, source);
  const decoded = decodeTextStrict(bytes);
  if (!decoded) throw new CliError(EXIT.badInput, 'extract.undecodable', { file: source });
  return decoded.text;
}

function isEmpty(plan: ExtractedPlan): boolean {
  const c = countsOf(plan);
  return c.tasks + c.phases + c.groups + c.scoreAreas === 0;
}

function summary(plans: readonly ExtractedPlan[], lang: Lang): string {
  const lines = plans.map((plan) => t(lang, 'extract.planLine', { name: plan.name, ...countsOf(plan) }));
  if (plans.length > 1) {
    const total = plans.map(countsOf).reduce((a, b) => sum(a, b));
    lines.push(t(lang, 'extract.total', { plans: plans.length, ...total }));
  }
  if (plans.some((p) => countsOf(p).placeholders + countsOf(p).mended > 0))
    lines.push(t(lang, 'extract.toFill'));
  return lines.join('\n') + '\n';
}

function sum(a: PlanCounts, b: PlanCounts): PlanCounts {
  return {
    tasks: a.tasks + b.tasks,
    phases: a.phases + b.phases,
    groups: a.groups + b.groups,
    scoreAreas: a.scoreAreas + b.scoreAreas,
    placeholders: a.placeholders + b.placeholders,
    mended: a.mended + b.mended,
  };
}
