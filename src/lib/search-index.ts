/**
 * Which search index a page is using, and whether a deploy has replaced it. Pagefind names its
 * index metadata by a hash (pagefind.en_1a2b3c.pf_meta), listed per language in
 * pagefind-entry.json, and every index file by its content (src/build/pagefind-index.ts). A
 * search page left open across a deploy keeps asking for the files of the index it loaded, which
 * the site no longer has, and Pagefind reads a missing chunk as "no such word": without this check
 * the reader would see "No results" (issue 16).
 */

/** The index a page loaded, from the addresses it fetched: the hash in the metadata's name ("en_1a2b3c"). */
export function loadedIndex(fetched: readonly string[]): string | undefined {
  for (const url of fetched) {
    const hash = /\/pagefind\/pagefind\.([\w-]+)\.pf_meta(?:$|\?)/.exec(url)?.[1];
    if (hash) return hash;
  }
  return undefined;
}

/** Whether the entry file the site serves now (its JSON) names none of the loaded index's hash. */
export function indexReplaced(loaded: string, entry: unknown): boolean {
  const languages = (entry as { languages?: Record<string, { hash?: unknown }> } | null)?.languages;
  if (!languages || typeof languages !== 'object') return false;
  return !Object.values(languages).some((language) => language?.hash === loaded);
}
