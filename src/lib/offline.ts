/**
 * Offline use, as the reader is told about it: the footer's status line, the offer to save the
 * whole library, and how a save went. The rules come from issue 16: the whole library is saved
 * only when the reader asks ("Save everything for the gym"), never on Save-Data; an install that
 * fails is tried again and said; the footer never claims more is saved than is. The service worker
 * (src/service-worker/worker.ts) words every footer from what it has saved and what it knows of
 * the page (PageState), and sends it as WorkerNews; the footer's script
 * (src/components/offline-status.ts) only shows it, since it runs on every page before any
 * interaction. With no worker (none yet, none supported) the footer says nothing. What is saved
 * where: ./offline-files.ts.
 */

/** What is saved beyond the shell: the pages opened, the whole library of this version, or of an earlier one. */
export type Saved = 'opened' | 'all' | 'earlier';

/** What the worker knows of a page, to word its footer. */
export interface PageState {
  /** navigator.onLine, as the page last said. */
  online: boolean;
  /** The reader asked the phone to spare data (Save-Data): nothing large is offered. */
  saveData: boolean;
  /** A newer version of the site took over after this page loaded, so this page may be old. */
  updated: boolean;
  /** The last install of a newer version failed (it is tried again). */
  failed: boolean;
}

/** What the footer shows, as the worker sends it to a page. */
export interface WorkerNews {
  /** The status line. */
  line: string;
  /** The offer to save the library, or null when none is made. */
  offer: string | null;
  /** While saving: the share done (0–1) and how much that is ("1.2 of 5.9 MB"). */
  progress?: [share: number, text: string];
  /** Sent by a worker whose install failed: the page tries again later. */
  failed?: true;
}

/** How often a page tries again after an install fails; after that, the next page it opens does. */
export const MAX_RETRIES = 3;
/** How long before the next try: 15 s, 1 min, 4 min. */
export const retryDelay = (retry: number) => 15_000 * 4 ** (retry - 1);

/** Said when an install failed: with a worker of an earlier version still working (`saved`), or with none. */
export const installFailed = (saved?: Saved) =>
  `Couldn’t save ${saved ? 'the latest version' : 'StrongStride'} for offline use; trying again. Pages still load online.`;

/** The footer's status line for a page, given what is saved. */
export function offlineMessage({ online, updated, failed }: PageState, saved: Saved): string {
  if (!online) return 'You’re offline — showing saved pages.';
  if (updated) return 'StrongStride has been updated — reload for the latest version.';
  if (failed) return installFailed(saved);
  if (saved === 'all') return 'Everything is saved for offline use.';
  if (saved === 'earlier') return 'Saved for offline use, from an earlier version.';
  return 'Pages you open are saved for offline use.';
}

/**
 * The offer to save the library (`size`: "5.9 MB"), or null when none is made: online only, and
 * never on Save-Data.
 */
export function saveOffer({ online, saveData }: PageState, saved: Saved, size: string): string | null {
  if (!online || saveData || saved === 'all') return null;
  // An update downloads only what changed, which is known once the lists are compared.
  return saved === 'earlier' ? 'Update saved pages' : `Save everything for the gym (${size})`;
}

/** How a save that did not save everything ended, for the status line. */
export type SaveEnd =
  | { stopped: true; saved: string; of: string }
  | { failed: number; of: number }
  | { needs: string; free: string }
  | { error: string };

export function saveNote(end: SaveEnd): string {
  if ('stopped' in end) return `Saving stopped with ${end.saved} of ${end.of} saved; saving again carries on from there.`;
  if ('failed' in end) return `${end.failed} of ${end.of} files could not be saved. What was saved stays: try again when the connection is better.`;
  if ('needs' in end) return `There isn’t room on this device: saving everything needs ${end.needs}, and ${end.free} is free.`;
  return `Saving failed (${end.error}). Try again when the connection is better.`;
}
