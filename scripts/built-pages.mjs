// The pages of the built site, for the checks that read dist/ (budgets, the static page check).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every .html file under `dir`, sorted, leaving out Pagefind's folder (its UI files are not pages). */
export function builtPages(dir = 'dist') {
  const walk = (folder) =>
    readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) return entry.name === 'pagefind' ? [] : walk(path);
      return entry.name.endsWith('.html') ? [path] : [];
    });
  return walk(dir).sort();
}
