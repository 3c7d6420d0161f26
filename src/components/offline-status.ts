/**
 * The browser side of OfflineStatus.astro: registers the service worker (/sw.js, written after the
 * build by src/build/service-worker.ts) and keeps the footer's status line current. The wording is
 * offlineMessage() in src/lib/offline.ts.
 */
import { offlineMessage, type OfflineState } from '../lib/offline';

export function startOfflineStatus(line: HTMLElement) {
  const sw = navigator.serviceWorker;
  // Only on a secure origin (https, or localhost / 127.0.0.1) do browsers offer service workers.
  if (!sw) return;
  if (!import.meta.env.PROD) {
    // `astro dev` has no sw.js and must not be served old pages: remove a worker left by a preview
    // of the built site on the same address (public/sw.js retires one this page never reaches).
    sw.getRegistrations().then((all) => all.forEach((registration) => registration.unregister()));
    return;
  }
  // A page a worker served is saved, and so is the rest of the site (it saves everything at once).
  const hadWorker = !!sw.controller;
  const state: OfflineState = { online: navigator.onLine, saved: hadWorker, updated: false };
  const show = (change: Partial<OfflineState>) => {
    Object.assign(state, change);
    line.textContent = offlineMessage(state);
  };
  show({});
  addEventListener('online', () => show({ online: true }));
  addEventListener('offline', () => show({ online: false }));
  // `ready` waits for an active worker, and a worker only activates once it has saved every file.
  sw.ready.then(() => show({ saved: true }));
  // A new version took this page over (sw.js skips waiting): what is on screen may be the old one.
  sw.addEventListener('controllerchange', () => hadWorker && show({ updated: true }));
  // If registration fails the site simply stays online-only.
  sw.register('/sw.js').catch(() => {});
}
