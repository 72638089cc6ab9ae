/** @jest-environment jsdom */
import { detectHost, hostLanguage, officeOf, type OfficeLike } from '../../src/taskpane/host';

type OfficeWindow = Window & { Office?: unknown };

function withOffice(office: unknown): Window {
  (window as OfficeWindow).Office = office;
  return window;
}

function fakeOffice(ready: Promise<{ host: string | null }>, displayLanguage?: string): OfficeLike {
  return { onReady: () => ready, context: { displayLanguage } };
}

afterEach(() => {
  delete (window as OfficeWindow).Office;
  jest.useRealTimers();
});

describe('detectHost', () => {
  it('is standalone when office.js did not load', async () => {
    expect(officeOf(window)).toBeUndefined();
    await expect(detectHost(window, 1000)).resolves.toBe('standalone');
  });

  it('is standalone when the Office global is not office.js', async () => {
    await expect(detectHost(withOffice({}), 1000)).resolves.toBe('standalone');
    await expect(detectHost(withOffice(null), 1000)).resolves.toBe('standalone');
  });

  it('is excel when Office.onReady reports the Excel host', async () => {
    await expect(detectHost(withOffice(fakeOffice(Promise.resolve({ host: 'Excel' }))), 1000)).resolves.toBe(
      'excel',
    );
  });

  it('is standalone when Office.onReady reports no host (a plain browser)', async () => {
    await expect(detectHost(withOffice(fakeOffice(Promise.resolve({ host: null }))), 1000)).resolves.toBe(
      'standalone',
    );
  });

  it('is standalone when Office.onReady reports another host', async () => {
    await expect(detectHost(withOffice(fakeOffice(Promise.resolve({ host: 'Word' }))), 1000)).resolves.toBe(
      'standalone',
    );
  });

  it('is standalone after the timeout when Office.onReady never answers', async () => {
    jest.useFakeTimers();
    const win = withOffice(fakeOffice(new Promise(() => {})));
    let result: string | undefined;
    void detectHost(win, 5000).then((mode) => (result = mode));
    await jest.advanceTimersByTimeAsync(4999);
    expect(result).toBeUndefined();
    await jest.advanceTimersByTimeAsync(1);
    expect(result).toBe('standalone');
  });

  it('is standalone when Office.onReady rejects', async () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => {});
    const win = withOffice(fakeOffice(Promise.reject(new Error('broken office.js'))));
    await expect(detectHost(win, 1000)).resolves.toBe('standalone');
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });
});

describe('hostLanguage', () => {
  it("follows Excel's display language inside Excel", () => {
    const win = withOffice(fakeOffice(Promise.resolve({ host: 'Excel' }), 'en-US'));
    expect(hostLanguage(win, 'excel')).toBe('en-US');
    (window as OfficeWindow).Office = fakeOffice(Promise.resolve({ host: 'Excel' }), 'zh-CN');
    expect(hostLanguage(win, 'excel')).toBe('zh-CN');
  });

  it("follows the browser's language standalone", () => {
    const language = jest.spyOn(window.navigator, 'language', 'get');
    language.mockReturnValue('en-GB');
    expect(hostLanguage(window, 'standalone')).toBe('en-US');
    language.mockReturnValue('zh-TW');
    expect(hostLanguage(window, 'standalone')).toBe('zh-CN');
    language.mockRestore();
  });
});
