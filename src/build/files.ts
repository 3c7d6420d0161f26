/** Walking the built site. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every file under `dir`, as paths that include `dir`. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

/** Every HTML file under `dir`, as paths that include `dir`. */
export const htmlFiles = (dir: string): string[] => filesUnder(dir).filter((path) => path.endsWith('.html'));
