/** The command registry: one file per command. */
import type { Command } from '../io';

export const commands: Record<string, Command> = {};
