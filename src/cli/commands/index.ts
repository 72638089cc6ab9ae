/** The command registry: one file per command. */
import type { Command } from '../io';
import { parseDeadlineCommand } from './parse-deadline';
import { trackCommand } from './track';

export const commands: Record<string, Command> = {
  'parse-deadline': parseDeadlineCommand,
  track: trackCommand,
};
