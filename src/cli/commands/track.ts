/** `respmatrix track <file.xlsx>`: read the task table, print a summary, optionally write JSON. */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { readWorkbook } from '../../core/read/read-workbook';
import { trackJson } from '../../core/track-json';
import { t } from '../../i18n';
import { warningMessage } from '../../i18n/warnings';
import { parseColumnMap } from '../column-map-option';
import { CliError, EXIT, type Command } from '../io';
import { loadInput } from '../load-input';
import { dateOption, intOption, parseCommandArgs, todayIso } from '../options';
import { summaryText } from '../summary-text';

export const TRACK_OPTIONS = {
  sheet: { type: 'string' },
  'as-of': { type: 'string' },
  'plan-year': { type: 'string' },
  'due-soon-days': { type: 'string' },
  map: { type: 'string' },
  json: { type: 'string' },
} as const;

export const trackCommand: Command = async ({ args, io, lang }) => {
  const { values, positionals } = parseCommandArgs(args, TRACK_OPTIONS);
  const asOf = dateOption(values['as-of'], todayIso());
  const options = {
    asOf,
    planYear: intOption(values['plan-year'], '--plan-year', { min: 1900, max: 2200 }),
    dueSoonDays: intOption(values['due-soon-days'], '--due-soon-days', { min: 0, max: 366 }),
    map: parseColumnMap(values.map),
  };
  const input = await loadInput(positionals[0], io.cwd);
  const result = readWorkbook(input.sheets, options, values.sheet);
  if (!result.ok) {
    if (result.reason === 'sheet_not_found') {
      throw new CliError(EXIT.badInput, 'cli.sheetNotFound', {
        sheet: values.sheet ?? '',
        sheets: result.sheetsSearched.join('、'),
      });
    }
    throw new CliError(EXIT.noTable, 'cli.noTable', { sheets: result.sheetsSearched.join('、') });
  }
  const { reading } = result;
  if (reading.unmapped.length > 0) {
    throw new CliError(EXIT.badInput, 'cli.badMap', { value: reading.unmapped.join(',') });
  }
  const json = values.json;
  const toStdout = json === '-';
  if (!toStdout) io.stdout(summaryText(reading, asOf, lang));
  if (json !== undefined) {
    const text =
      JSON.stringify(
        trackJson(reading, asOf, (w) => warningMessage(lang, w)),
        null,
        2,
      ) + '\n';
    if (toStdout) io.stdout(text);
    else {
      const target = path.resolve(io.cwd, json);
      await fs.writeFile(target, text, 'utf8');
      io.stdout(t(lang, 'track.jsonWritten', { file: json }) + '\n');
    }
  }
  return EXIT.ok;
};
