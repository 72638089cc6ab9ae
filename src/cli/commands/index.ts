/** The command registry: one file per command. */
import type { Command } from '../io';
import { consolidateCommand } from './consolidate';
import { demoCommand } from './demo';
import { exportCommand } from './export';
import { extractCommand } from './extract';
import { parseDeadlineCommand } from './parse-deadline';
import { reportCommand } from './report';
import { trackCommand } from './track';

export const commands: Record<string, Command> = {
  consolidate: consolidateCommand,
  demo: demoCommand,
  export: exportCommand,
  extract: extractCommand,
  'parse-deadline': parseDeadlineCommand,
  report: reportCommand,
  track: trackCommand,
};
