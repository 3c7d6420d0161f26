// The pages and files of the built site, for the checks that read dist/ (budgets, the static page check).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every .html file under `dir`, sorted, leaving out Pagefind's folder (its UI files are not pages). */
export function builtPages(dir = 'dist') {
  return walk(dir, (name) => name !== 'pagefind')
    .filter((path) => path.endsWith('.html'))
    .sort();
}

/** Every file under `dir`, sorted: what a link on a page may point to. */
export function builtFiles(dir = 'dist') {
  return walk(dir, () => true).sort();
}

/** The files under `folder`, entering only the folders `enter` accepts by name. */
function walk(folder, enter) {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return enter(entry.name) ? walk(path, enter) : [];
    return [path];
  });
}
