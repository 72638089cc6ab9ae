import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FileError } from '../../../src/io/files/errors';
import { readFileGuarded } from '../../../src/io/files/node-read';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'respmatrix-read-'));
  writeFileSync(path.join(dir, '台账.csv'), '序号,工作任务\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const codeOf = (p: Promise<unknown>) =>
  p.then(
    () => 'ok',
    (err: unknown) => (err instanceof FileError ? err.code : err),
  );

describe('readFileGuarded', () => {
  it('reads a file', async () => {
    const bytes = await readFileGuarded(path.join(dir, '台账.csv'));
    expect(new TextDecoder().decode(bytes)).toBe('序号,工作任务\n');
  });

  it('maps a missing file to not_found', async () => {
    expect(await codeOf(readFileGuarded(path.join(dir, 'nope.xlsx')))).toBe('not_found');
    expect(await codeOf(readFileGuarded(path.join(dir, '台账.csv', 'inside.xlsx')))).toBe('not_found');
  });

  it('maps a folder or a device to unreadable', async () => {
    expect(await codeOf(readFileGuarded(dir))).toBe('unreadable');
    expect(await codeOf(readFileGuarded('/dev/zero'))).toBe('unreadable');
  });

  it('refuses a file over the cap before reading it', async () => {
    const err = await readFileGuarded(path.join(dir, '台账.csv'), { maxFileBytes: 4 }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(FileError);
    expect((err as FileError).code).toBe('too_large');
  });
});
