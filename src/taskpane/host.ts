/**
 * Where the pane runs: inside Excel, or as a plain page (a browser, WPS users, a machine that cannot
 * reach Microsoft's CDN). The only module of the pane that reads the `Office` global; office.js may
 * have failed to load, so nothing here assumes it exists.
 */
import { langFromTag, type Lang } from '../i18n';

export type HostMode = 'excel' | 'standalone';

/** The slice of office.js read here, typed locally so the rest of the pane never sees Office types. */
export interface OfficeLike {
  onReady(): Promise<{ host: string | null }>;
  context?: { displayLanguage?: string };
}

/** The window's `Office` global when office.js loaded, else undefined. */
export function officeOf(win: Window): OfficeLike | undefined {
  const office = (win as Window & { Office?: Partial<OfficeLike> | null }).Office;
  return office && typeof office.onReady === 'function' ? (office as OfficeLike) : undefined;
}

/**
 * 'excel' when office.js loaded and reports the Excel host within timeoutMs; 'standalone' when
 * office.js is missing, reports another or no host (a plain browser gives null), or never answers.
 */
export async function detectHost(win: Window, timeoutMs: number): Promise<HostMode> {
  const office = officeOf(win);
  if (!office) return 'standalone';
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), timeoutMs);
  });
  try {
    const info = await Promise.race([office.onReady(), timeout]);
    return info?.host === 'Excel' ? 'excel' : 'standalone';
  } catch (err) {
    // A broken office.js must not leave the user without the standalone page; say why in the console.
    console.warn('Office.onReady failed; running as a standalone page', err);
    return 'standalone';
  } finally {
    clearTimeout(timer);
  }
}

/** UI language: Excel's display language inside Excel, the browser's language otherwise. */
export function hostLanguage(win: Window, mode: HostMode): Lang {
  const tag = mode === 'excel' ? officeOf(win)?.context?.displayLanguage : win.navigator.language;
  return langFromTag(tag);
}
