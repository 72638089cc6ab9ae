/** `respmatrix parse-deadline [--plan-year Y] [--as-of D] [TEXT…]`: one JSON line per deadline text. */
import { CONTEXT_YEARS, parseDeadline } from '../../core/cells/deadline';
import { parseIso } from '../../core/dates';
import type { Deadline } from '../../core/model';
import { decodeText } from '../../core/text-decode';
import { t } from '../../i18n';
import { CliError, EXIT, type Command } from '../io';
import { dateOption, intOption, parseCommandArgs, todayIso } from '../options';

const OPTIONS = {
  'plan-year': { type: 'string' },
  'as-of': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export const parseDeadlineCommand: Command = async ({ args, io, lang }) => {
  const { values, positionals } = parseCommandArgs(args, OPTIONS);
  if (values.help) {
    io.stdout(t(lang, 'parseDeadline.usage') + '\n');
    return EXIT.ok;
  }
  const asOf = dateOption(values['as-of'], todayIso());
  const asOfYear = parseIso(asOf).year;
  if (asOfYear < CONTEXT_YEARS.min || asOfYear > CONTEXT_YEARS.max) {
    throw new CliError(EXIT.badInput, 'cli.badDate', { value: asOf });
  }
  const planYear = intOption(values['plan-year'], '--plan-year', CONTEXT_YEARS) ?? asOfYear;
  const texts = positionals.length > 0 ? positionals : stdinTexts(decodeText(await io.readStdin()).text);
  for (const text of texts)
    io.stdout(JSON.stringify(deadlineJson(parseDeadline(text, { asOf, planYear }))) + '\n');
  return EXIT.ok;
};

/** One text per non-empty line; a line of a TSV gives its first column, so the golden table can be piped. */
function stdinTexts(input: string): string[] {
  return input
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((line) => line.split('\t')[0])
    .filter((text) => text.trim() !== '');
}

function deadlineJson({ text, kind, due, start, milestones, recurrence }: Deadline) {
  return { text, kind, due, start, milestones, ...(recurrence ? { recurrence } : {}) };
}
