/**
 * The production build: the pages, icons and manifest land in dist/, the manifest no longer points at
 * the development server, and the bundles name no server but Microsoft's Office.js CDN.
 */
import { execFileSync } from 'child_process';
import fs from 'fs';
import path from 'path';

const root = path.resolve(__dirname, '..');
const dist = path.join(root, 'dist');

/**
 * URLs a bundle may contain. Office.js is the one thing the pages load from elsewhere; everything else
 * here is an inert string that is never fetched.
 */
const ALLOWED_URL_PREFIXES = [
  'https://appsforoffice.microsoft.com/',
  // XML namespace names (React DOM for SVG/MathML; exceljs for OOXML parts).
  'http://www.w3.org/',
  'http://schemas.openxmlformats.org/',
  'http://schemas.microsoft.com/',
  'http://purl.org/dc/',
  // React's production error messages link to its error decoder.
  'https://react.dev/errors/',
  // exceljs's browser build: links inside error messages and a bundled package.json / core-js banner.
  'https://github.com/exceljs/exceljs/',
  'https://stuk.github.io/jszip/',
  'https://github.com/zloirock/core-js',
  'https://github.com/uuidjs/uuid',
  'https://github.com/indutny/elliptic',
  'https://github.com/crypto-browserify/crypto-browserify',
];

const URL_PATTERN = /https?:\/\/[^\s"'`<>)\\]+/g;

function files(dir: string, suffix: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith(suffix))
    .map((name) => path.join(dir, name));
}

beforeAll(() => {
  const webpackCli = require.resolve('webpack-cli/bin/cli.js');
  execFileSync(process.execPath, [webpackCli, '--mode', 'production'], { cwd: root, stdio: 'pipe' });
}, 300_000);

describe('npm run build', () => {
  it('emits the pages, the manifest and the icons', () => {
    for (const name of ['taskpane.html', 'commands.html', 'manifest.xml']) {
      expect(fs.existsSync(path.join(dist, name))).toBe(true);
    }
    for (const size of [16, 32, 64, 80, 128]) {
      expect(fs.existsSync(path.join(dist, 'assets', `icon-${size}.png`))).toBe(true);
    }
  });

  it('loads office.js before the bundle, and only scripts the build emitted', () => {
    for (const page of ['taskpane.html', 'commands.html']) {
      const html = fs.readFileSync(path.join(dist, page), 'utf8');
      const scripts = Array.from(html.matchAll(/<script\b[^>]*\bsrc="?([^"\s>]+)/g), (m) => m[1]);
      expect(scripts[0]).toBe('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
      expect(scripts.length).toBeGreaterThan(1);
      for (const local of scripts.slice(1)) expect(fs.existsSync(path.join(dist, local))).toBe(true);
      expect(html).toContain('Content-Security-Policy');
    }
  });

  it('writes a manifest for the production server, not localhost', () => {
    const manifest = fs.readFileSync(path.join(dist, 'manifest.xml'), 'utf8');
    expect(manifest).not.toMatch(/localhost/i);
    const urls = manifest.match(URL_PATTERN) ?? [];
    const served = urls.filter((u) => /\.(html|png)$/.test(u));
    expect(served.length).toBeGreaterThan(0);
    for (const url of served) expect(url.startsWith('https://')).toBe(true);
  });

  it('names no server in the bundles except the Office.js CDN and inert namespace/documentation strings', () => {
    const bundles = files(dist, '.js');
    expect(bundles.length).toBeGreaterThanOrEqual(2);
    const unexpected = bundles.flatMap((file) =>
      (fs.readFileSync(file, 'utf8').match(URL_PATTERN) ?? [])
        .filter((url) => !ALLOWED_URL_PREFIXES.some((prefix) => url.startsWith(prefix)))
        .map((url) => `${path.basename(file)}: ${url}`),
    );
    expect(unexpected).toEqual([]);
  });

  it('makes no network calls: no fetch, XMLHttpRequest, WebSocket, EventSource or beacon in any bundle', () => {
    const found = files(dist, '.js').flatMap((file) =>
      (
        fs.readFileSync(file, 'utf8').match(/\b(fetch\(|XMLHttpRequest|WebSocket|EventSource|sendBeacon)/g) ??
        []
      ).map((api) => `${path.basename(file)}: ${api}`),
    );
    expect(found).toEqual([]);
  });

  it('every built page has a Content-Security-Policy allowing scripts only from itself and the Office.js CDN', () => {
    const pages = ['taskpane.html', 'standalone.html', 'commands.html'];
    for (const page of pages) {
      const html = fs.readFileSync(path.join(dist, page), 'utf8');
      const csp = /http-equiv="?Content-Security-Policy"?\s+content="([^"]+)"/i.exec(html)?.[1] ?? '';
      const scriptSrc = /script-src ([^;]+)/.exec(csp)?.[1].trim().split(/\s+/) ?? [];
      expect({ page, self: scriptSrc.includes("'self'") }).toEqual({ page, self: true });
      for (const source of scriptSrc)
        expect(["'self'", 'https://appsforoffice.microsoft.com']).toContain(source);
      expect(csp).not.toContain('unsafe-eval');
      expect(csp).toMatch(/object-src 'none'/);
      expect(csp).toMatch(/connect-src 'self'/);
    }
    // The standalone page never names the CDN at all.
    expect(fs.readFileSync(path.join(dist, 'standalone.html'), 'utf8')).not.toContain('appsforoffice');
  });
});
