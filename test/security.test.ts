/**
 * The security review, as checks that run: cell text never becomes markup, and the add-in asks
 * Excel only for what it needs. (What the built pages may load is checked in build.test.ts.)
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './helpers/paths';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sources(full) : /\.(ts|tsx|html)$/.test(name) ? [full] : [];
  });
}

describe('security review', () => {
  it('never writes markup from strings: no innerHTML, outerHTML, insertAdjacentHTML, document.write or dangerouslySetInnerHTML', () => {
    const offenders = sources(path.join(REPO_ROOT, 'src')).filter((file) =>
      /\b(innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write)\b/.test(
        readFileSync(file, 'utf8'),
      ),
    );
    expect(offenders).toEqual([]);
  });

  it('asks Excel for the document only (ReadWriteDocument), nothing more', () => {
    const manifest = readFileSync(path.join(REPO_ROOT, 'manifest.xml'), 'utf8');
    expect(manifest.match(/<Permissions>([^<]+)<\/Permissions>/)?.[1]).toBe('ReadWriteDocument');
  });

  it('sends no usage data: the Office tools are run without telemetry-capable versions and no analytics is bundled', () => {
    const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    expect(
      Object.keys(pkg.dependencies).filter((d) => /analytics|telemetry|sentry|applicationinsights/i.test(d)),
    ).toEqual([]);
  });
});
