import { describe, expect, it } from 'vitest';
import { CATALOGUE_FILE, catalogueFile, parseCatalogue } from '../../src/lib/plan/catalogue-file';
import { catalogue } from './plan-catalogue';

const URL = '/plan/catalogue.0123456789ab.json';
const plank = catalogue.find((e) => e.slug === 'plank')!;

describe('catalogueFile', () => {
  it('names the file by its content: the same catalogue, the same name', async () => {
    const file = await catalogueFile(catalogue);
    expect(file.url).toMatch(CATALOGUE_FILE);
    expect(file.url).toBe(`/plan/catalogue.${file.hash}.json`);
    expect((await catalogueFile(structuredClone(catalogue))).url).toBe(file.url);
  });

  it('gives the file a new name when one cue changes', async () => {
    const edited = catalogue.map((e) => (e.slug === 'plank' ? { ...e, cue: `${e.cue} Breathe.` } : e));
    expect((await catalogueFile(edited)).hash).not.toBe((await catalogueFile(catalogue)).hash);
  });

  it('holds the catalogue as the engine reads it back', async () => {
    const { text, url } = await catalogueFile(catalogue);
    expect(parseCatalogue(text, url)).toEqual(catalogue);
  });
});

describe('parseCatalogue', () => {
  it('names the file when it is cut short or is not JSON at all', () => {
    const text = JSON.stringify(catalogue);
    expect(() => parseCatalogue(text.slice(0, text.length / 2), URL)).toThrow(`${URL} is damaged: it is not JSON`);
    expect(() => parseCatalogue('<!doctype html><title>Page not found</title>', URL)).toThrow(`${URL} is damaged: it is not JSON`);
  });

  it('refuses a file that is not a list of exercises, or an empty one', () => {
    expect(() => parseCatalogue('{"plank":{}}', URL)).toThrow(`${URL} is damaged: it holds object, not a list of exercises`);
    expect(() => parseCatalogue('null', URL)).toThrow('it holds null, not a list of exercises');
    expect(() => parseCatalogue('[]', URL)).toThrow(`${URL} is damaged: it lists no exercises`);
  });

  it('names the exercise, the field and the value found when a record is wrong', () => {
    const broken = JSON.stringify([catalogue[0], { ...plank, hold: 'yes' }]);
    expect(() => parseCatalogue(broken, URL)).toThrow(`${URL} is damaged: exercise 2 ("plank") has hold = "yes", where true or false belongs`);
    const { pattern: _, ...noPattern } = plank;
    expect(() => parseCatalogue(JSON.stringify([noPattern]), URL)).toThrow('exercise 1 ("plank") has pattern = nothing, where text belongs');
    expect(() => parseCatalogue(JSON.stringify([{ ...plank, easier: [{ slug: 'knee-plank' }] }]), URL)).toThrow('has easier = [{"slug":"knee-plank"}], where a list of easier versions');
    expect(() => parseCatalogue('[42]', URL)).toThrow(`${URL} is damaged: exercise 1 is 42, not a record`);
  });
});
