// The plan engine's catalogue built from the real exercise files, as the page builds it. A file
// that cannot be read or fails the schema stops the tests here with its name and the problem:
// a catalogue with a file silently missing would let every plan test pass on the wrong data.
import { exerciseSchema } from '../../src/schemas/exercise';
import { validate } from '../../src/lib/validate';
import { toPlanCatalogue } from '../../src/lib/plan/catalogue';
import { readCollection } from '../helpers/content-files';

function load() {
  let files: ReturnType<typeof readCollection>;
  try {
    files = readCollection('exercises');
  } catch (error) {
    throw new Error(`plan catalogue: could not read content/exercises: ${(error as Error).message}`);
  }
  const entries = files.map((file) => {
    try {
      return { id: file.slug, data: validate(exerciseSchema, file.path, file.frontmatter) };
    } catch (error) {
      throw new Error(`plan catalogue: ${file.path} cannot be used: ${(error as Error).message}`);
    }
  });
  return toPlanCatalogue(entries);
}

export const catalogue = load();
export const bySlug = new Map(catalogue.map((e) => [e.slug, e]));
/** The catalogue record for a slug; throws naming the slug when the library lacks it. */
export function exercise(slug: string) {
  const found = bySlug.get(slug);
  if (!found) throw new Error(`plan catalogue: no exercise "${slug}" in content/exercises`);
  return found;
}
