/**
 * @jest-environment jsdom
 *
 * Offline checks of manifest.xml (`npm run validate` needs Microsoft's online service): the parts
 * Office rejects silently or late — ids, icons, resource references, localisation.
 */
import fs from 'fs';
import path from 'path';

const root = path.resolve(__dirname, '..');
const DEV_ORIGIN = 'https://localhost:3000/';
const BT = 'http://schemas.microsoft.com/office/officeappbasictypes/1.0';
const BUILT_PAGES = ['taskpane.html', 'commands.html'];

const xml = fs.readFileSync(path.join(root, 'manifest.xml'), 'utf8');
const doc = new DOMParser().parseFromString(xml, 'application/xml');
const app = doc.documentElement;

/** Elements by local name, whatever their namespace (the manifest mixes three). */
function all(name: string, scope: Element | Document = doc): Element[] {
  return Array.from(scope.getElementsByTagNameNS('*', name));
}
/** The single child of <OfficeApp> with that name (VersionOverrides reuses names such as Description). */
function top(name: string): Element {
  const found = Array.from(app.children).filter((e) => e.localName === name);
  expect(found).toHaveLength(1);
  return found[0];
}
function btChildren(listName: string, childName: string): Element[] {
  return all(listName).flatMap((list) => Array.from(list.getElementsByTagNameNS(BT, childName)));
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = fs.readFileSync(file);
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(bytes.toString('latin1', 12, 16)).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** A development URL as a path in the repository. */
function localPath(url: string): string {
  expect(url.startsWith(DEV_ORIGIN)).toBe(true);
  return path.join(root, url.slice(DEV_ORIGIN.length));
}

describe('manifest.xml', () => {
  it('is well-formed XML: an OfficeApp task-pane add-in', () => {
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(app.localName).toBe('OfficeApp');
    expect(app.getAttributeNS('http://www.w3.org/2001/XMLSchema-instance', 'type')).toBe('TaskPaneApp');
  });

  it('has a GUID id, a four-part version, ReadWriteDocument and zh-CN as default locale', () => {
    expect(top('Id').textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(top('Version').textContent).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(top('Permissions').textContent).toBe('ReadWriteDocument');
    expect(top('DefaultLocale').textContent).toBe('zh-CN');
    expect(top('ProviderName').textContent?.trim()).not.toBe('');
  });

  it('targets Excel workbooks with ExcelApi 1.7', () => {
    const hosts = Array.from(top('Hosts').children).map((h) => h.getAttribute('Name'));
    expect(hosts).toEqual(['Workbook']);
    const sets = all('Set').map((s) => [s.getAttribute('Name'), s.getAttribute('MinVersion')]);
    expect(sets).toEqual([['ExcelApi', '1.7']]);
  });

  it('serves every icon from assets/ at the size it claims', () => {
    const claims: [string, number][] = [
      [top('IconUrl').getAttribute('DefaultValue') ?? '', 32],
      [top('HighResolutionIconUrl').getAttribute('DefaultValue') ?? '', 64],
      ...btChildren('Images', 'Image').map((img): [string, number] => {
        const size = Number(
          all('Image')
            .find((use) => use.getAttribute('resid') === img.id)
            ?.getAttribute('size'),
        );
        return [img.getAttribute('DefaultValue') ?? '', size];
      }),
    ];
    expect(claims.length).toBeGreaterThanOrEqual(5);
    for (const [url, size] of claims) {
      const file = localPath(url);
      expect(path.relative(root, file)).toBe(path.join('assets', `icon-${size}.png`));
      expect(pngSize(file)).toEqual({ width: size, height: size });
    }
    // Sizes named in the brief and used by stores, even if the manifest does not name them all.
    for (const size of [16, 32, 64, 80, 128]) {
      expect(pngSize(path.join(root, 'assets', `icon-${size}.png`))).toEqual({ width: size, height: size });
    }
  });

  it('resolves every resid to a resource of the right kind', () => {
    const images = new Set(btChildren('Images', 'Image').map((e) => e.id));
    const urls = new Set(btChildren('Urls', 'Url').map((e) => e.id));
    const strings = new Set(
      [...btChildren('ShortStrings', 'String'), ...btChildren('LongStrings', 'String')].map((e) => e.id),
    );
    const kindOf: Record<string, Set<string>> = {
      Image: images,
      FunctionFile: urls,
      SourceLocation: urls,
      Label: strings,
      Title: strings,
      Description: strings,
    };
    const refs = Array.from(doc.querySelectorAll('[resid]'));
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) {
      const pool = kindOf[ref.localName];
      expect([ref.localName, pool?.has(ref.getAttribute('resid') ?? '')]).toEqual([ref.localName, true]);
    }
  });

  it('points every bt:Url and the default SourceLocation at a page the build emits', () => {
    const urls = btChildren('Urls', 'Url').map((e) => e.getAttribute('DefaultValue') ?? '');
    const source = all('SourceLocation')
      .find((e) => e.hasAttribute('DefaultValue'))
      ?.getAttribute('DefaultValue');
    expect(source).toBe(`${DEV_ORIGIN}taskpane.html`);
    for (const url of [...urls, source ?? '']) {
      const page = path.relative(root, localPath(url));
      expect(BUILT_PAGES).toContain(page);
    }
    expect(fs.existsSync(path.join(root, 'src/taskpane/taskpane.html'))).toBe(true);
    expect(fs.existsSync(path.join(root, 'src/commands/commands.html'))).toBe(true);
  });

  it('has an en-US override for the display name, the description and every ribbon string', () => {
    const localised = [top('DisplayName'), top('Description'), ...all('String')];
    expect(localised.length).toBeGreaterThanOrEqual(4);
    for (const el of localised) {
      const en = all('Override', el).filter((o) => o.getAttribute('Locale') === 'en-US');
      expect([el.id || el.localName, en.length]).toEqual([el.id || el.localName, 1]);
      expect(en[0].getAttribute('Value')?.trim()).not.toBe('');
    }
  });

  it('keeps strings within the schema limits', () => {
    const limits: [Element[], number][] = [
      [btChildren('ShortStrings', 'String'), 125],
      [btChildren('LongStrings', 'String'), 250],
      [[top('DisplayName')], 125],
      [[top('Description')], 250],
    ];
    for (const [elements, max] of limits) {
      for (const el of elements) {
        const values = [el, ...all('Override', el)].map(
          (e) => e.getAttribute('DefaultValue') ?? e.getAttribute('Value') ?? '',
        );
        for (const value of values) expect(value.length).toBeLessThanOrEqual(max);
      }
    }
  });
});
