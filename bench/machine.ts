/** The machine a run was measured on, recorded beside the figures. */
import { readFileSync } from 'node:fs';
import os from 'node:os';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGB: number;
  node: string;
  exceljs: string;
  date: string;
  /** One-minute load average when the run started: the machine may be shared. */
  load: number;
}

export function machine(now: Date): Machine {
  const cpus = os.cpus();
  const pkg = JSON.parse(readFileSync(require.resolve('exceljs/package.json'), 'utf8')) as {
    version: string;
  };
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    exceljs: pkg.version,
    date: now.toISOString(),
    load: Math.round(os.loadavg()[0] * 100) / 100,
  };
}
