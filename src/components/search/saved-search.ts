/**
 * What the search page adds for offline use and deploys (issue 16), kept apart from the search
 * itself (./search-element.ts calls these): offline, a result whose page is not saved on this
 * device says so; a search that finds nothing, or fails, checks whether the index was replaced by
 * a deploy since the page opened, and if so offers a reload instead of "No results"; offline with
 * no saved index, the page says what would make search work. The saved pages are the service
 * worker's (src/service-worker/worker.ts).
 */
import { indexReplaced, loadedIndex } from '../../lib/search-index';

export const INDEX_REPLACED = 'The search index has changed since this page was opened. Reload to search the latest version.';
export const INDEX_NOT_SAVED =
  'You’re offline, and search isn’t saved on this device. Next time you’re online, “Save everything for the gym” at the bottom of the page saves it.';
const NOT_SAVED_YET = 'Not saved on this device yet: opens when you’re online.';

/** Whether a deploy replaced the index this page searches (false when that cannot be told, offline say). */
export async function indexChanged(): Promise<boolean> {
  const loaded = loadedIndex(performance.getEntriesByType('resource').map((entry) => entry.name));
  if (!loaded) return false;
  try {
    const response = await fetch('/pagefind/pagefind-entry.json', { cache: 'no-store' });
    return response.ok && indexReplaced(loaded, await response.json());
  } catch {
    return false;
  }
}

/** Offline, adds a note to each result whose page is not saved on this device. */
export async function markUnsaved(items: readonly HTMLElement[]) {
  if (navigator.onLine || !('caches' in window)) return;
  for (const item of items) {
    const link = item.querySelector<HTMLAnchorElement>('h2 a');
    if (!link || (await caches.match(link.pathname))) continue;
    const note = document.createElement('p');
    note.className = 'result-unsaved';
    note.textContent = NOT_SAVED_YET;
    link.closest('h2')!.after(note);
  }
}
