/** The command registry: one file per command. */
import type { Command } from '../io';
import { demoCommand } from './demo';
import { extractCommand } from './extract';
import { parseDeadlineCommand } from './parse-deadline';
import { trackCommand } from './track';

export const commands: Record<string, Command> = {
  demo: demoCommand,
  extract: extractCommand,
  'parse-deadline': parseDeadlineCommand,
  track: trackCommand,
};
