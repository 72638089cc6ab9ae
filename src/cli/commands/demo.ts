/**
 * `respmatrix demo`: the main job on the bundled example — reads examples/civilized-city-2026.xlsx
 * and writes its tracked workbook under demo-output/, then says where it is.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { t } from '../../i18n';
import type { Command } from '../io';
import { trackCommand } from './track';

/** The package root, from lib/cli/commands (compiled) or src/cli/commands (tests). */
const ROOT = path.resolve(__dirname, '../../..');
export const DEMO_INPUT = path.join(ROOT, 'examples', 'civilized-city-2026.xlsx');

export const demoCommand: Command = async ({ args, io, lang }) => {
  const outDir = path.resolve(io.cwd, args[0] ?? 'demo-output');
  mkdirSync(outDir, { recursive: true });
  const output = path.join(outDir, 'civilized-city-2026-tracked.xlsx');
  io.stdout(t(lang, 'demo.intro', { input: path.relative(io.cwd, DEMO_INPUT) || DEMO_INPUT }) + '\n');
  const code = await trackCommand({ args: [DEMO_INPUT, '-o', output], io, lang });
  io.stdout(t(lang, 'demo.done', { output }) + '\n');
  return code;
};
