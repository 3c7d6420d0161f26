// The plan engine's catalogue built from the real exercise files, as the page builds it.
// Files that fail the schema are skipped here (the library tests report them).
import { exerciseSchema } from '../../src/schemas/exercise';
import { validate } from '../../src/lib/validate';
import { toPlanCatalogue } from '../../src/lib/plan/catalogue';
import { readCollection } from '../helpers/content-files';

function load() {
  const entries = [];
  for (const file of readCollection('exercises')) {
    try {
      entries.push({ id: file.slug, data: validate(exerciseSchema, file.path, file.frontmatter) });
    } catch {
      // half-written or invalid: the library tests name it
    }
  }
  return toPlanCatalogue(entries);
}

export const catalogue = load();
export const bySlug = new Map(catalogue.map((e) => [e.slug, e]));
