/**
 * The browser side of OfflineStatus.astro: registers the service worker (/sw.js, built from
 * src/service-worker/worker.ts), asks it for the footer and shows what it sends (status line,
 * offer, a save's progress), passes on "save" and "stop", and, when a worker says its install
 * failed, tries again. It runs on every page before any interaction, so it only shows: the worker
 * words the footer (src/lib/offline.ts), and tells the page of updates and failures itself.
 */
import { MAX_RETRIES, retryDelay, type WorkerNews } from '../lib/offline';

export function startOfflineStatus() {
  const sw = navigator.serviceWorker;
  // Only on a secure origin (https, or localhost / 127.0.0.1) do browsers offer service workers.
  if (!sw) return;
  if (!import.meta.env.PROD) {
    // `astro dev` has no sw.js and must not be served old pages: remove a worker left by a preview
    // of the built site on the same address (public/sw.js retires one this page never reaches).
    sw.getRegistrations().then((all) => all.forEach((registration) => registration.unregister()));
    return;
  }
  const [line, offer, panel, bar, soFar, stop] = ['status', 'save', 'saving', 'progress', 'saved-so-far', 'stop'].map((id) =>
    document.getElementById(`offline-${id}`),
  ) as [HTMLElement, HTMLElement, HTMLElement, HTMLProgressElement, HTMLElement, HTMLElement];
  let retries = 0;
  const saveData = !!(navigator as { connection?: { saveData?: boolean } }).connection?.saveData;
  const tell = (ask: 'status' | 'save' | 'stop') =>
    sw.ready.then((registration) => registration.active?.postMessage([ask, navigator.onLine, saveData]));
  const register = () => sw.register('/sw.js');
  sw.addEventListener('message', ({ data }: MessageEvent<WorkerNews>) => {
    line.textContent = data.line;
    offer.textContent = data.offer;
    offer.hidden = !data.offer;
    panel.hidden = !data.progress;
    if (data.progress) [bar.value, soFar.textContent] = data.progress;
    // The button the reader was on went (the offer once pressed, Stop once done): stay near it.
    if (document.activeElement?.closest('[hidden]')) line.focus();
    if (data.failed && retries < MAX_RETRIES) {
      setTimeout(() => register().then((registration) => registration.update()).catch(() => {}), retryDelay(++retries));
    }
  });
  addEventListener('online', () => tell('status'));
  addEventListener('offline', () => tell('status'));
  offer.addEventListener('click', () => {
    // Asks the browser not to clear the saved library when space runs short (most grant it silently).
    void navigator.storage?.persist?.();
    tell('save');
  });
  stop.addEventListener('click', () => tell('stop'));
  register().catch(() => {});
  tell('status');
}
