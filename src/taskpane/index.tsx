/**
 * Boots the pane: render at once, ask office.js where we run (it may be absent), then render again
 * in the host's language with the backend for that host: the Office.js gateway inside Excel, the
 * worker on the file the user picks otherwise.
 */
import { createRoot } from 'react-dom/client';
import { langFromTag, t } from '../i18n';
import { excelApiSupport, excelRun } from '../io/office/run';
import { App } from './App';
import { excelBackend } from './backend/excel-backend';
import { standaloneBackend } from './backend/standalone-backend';
import { startWorker, WorkerClient } from './backend/worker-client';
import { detectHost, hostLanguage } from './host';

/** Excel on the web can take seconds to hand over; a plain browser answers at once. */
const DETECT_TIMEOUT_MS = 10_000;

async function boot(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) throw new Error('taskpane.html lacks <div id="root">');
  const root = createRoot(container);
  root.render(<App lang={langFromTag(navigator.language)} mode={null} backend={null} />);

  const mode = await detectHost(window, DETECT_TIMEOUT_MS);
  const lang = hostLanguage(window, mode);
  document.documentElement.lang = lang;
  document.title = t(lang, 'pane.title');
  const worker = new WorkerClient(() => startWorker(document));
  const backend =
    mode === 'excel'
      ? excelBackend({ run: excelRun, supports: excelApiSupport }, worker)
      : standaloneBackend(worker);
  root.render(<App lang={lang} mode={mode} backend={backend} />);
}

void boot();
