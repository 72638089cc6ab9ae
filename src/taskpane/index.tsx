/**
 * Boots the pane: render at once, ask office.js where we run (it may be absent), then render again
 * in the host's language.
 */
import { createRoot } from 'react-dom/client';
import { langFromTag, t } from '../i18n';
import { App } from './App';
import { detectHost, hostLanguage } from './host';

/** Excel on the web can take seconds to hand over; a plain browser answers at once. */
const DETECT_TIMEOUT_MS = 10_000;

async function boot(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) throw new Error('taskpane.html lacks <div id="root">');
  const root = createRoot(container);
  root.render(<App lang={langFromTag(navigator.language)} mode={null} />);

  const mode = await detectHost(window, DETECT_TIMEOUT_MS);
  const lang = hostLanguage(window, mode);
  document.documentElement.lang = lang;
  document.title = t(lang, 'pane.title');
  root.render(<App lang={lang} mode={mode} />);
}

void boot();
