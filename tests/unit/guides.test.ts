import { describe, expect, it } from 'vitest';
import { REFERENCES } from '../../src/data/references';
import { guideSchema } from '../../src/schemas/guide';
import { validate } from '../../src/lib/validate';
import { readCollection } from '../helpers/content-files';

const guides = readCollection('guides').map((f) => ({ ...f, data: validate(guideSchema, f.path, f.frontmatter) }));
const exerciseSlugs = new Set(readCollection('exercises').map((f) => f.slug));
const referenceIds = new Set(REFERENCES.map((r) => r.id));
const attr = (source: string, tag: string, name: string) =>
  [...source.matchAll(new RegExp(`<${tag}\\b[^>]*\\b${name}="([^"]+)"`, 'g'))].flatMap((m) =>
    m[1].split(',').map((s) => s.trim()),
  );

describe('guides', () => {
  it('link only to exercises that exist', () => {
    const dangling = guides.flatMap((g) =>
      attr(g.source, 'Ex', 'slug').filter((s) => !exerciseSlugs.has(s)).map((s) => `${g.path}: ${s}`),
    );
    expect(dangling).toEqual([]);
  });

  it('cite only references that exist, and list each one they cite in frontmatter', () => {
    const problems = guides.flatMap((g) => {
      const cited = [...attr(g.source, 'Cite', 'id'), ...attr(g.source, 'Position', 'cite')];
      return [
        ...cited.filter((id) => !referenceIds.has(id)).map((id) => `${g.path}: unknown reference ${id}`),
        ...cited.filter((id) => !g.data.references.includes(id)).map((id) => `${g.path}: ${id} missing from references`),
      ];
    });
    expect(problems).toEqual([]);
  });

  it('have distinct reading-order positions', () => {
    const orders = guides.map((g) => g.data.order);
    expect(new Set(orders).size).toBe(orders.length);
  });

  it('give every study a DOI or PubMed id', () => {
    const missing = REFERENCES.filter((r) => r.kind === 'study' && !r.doi && !r.pmid).map((r) => r.id);
    expect(missing).toEqual([]);
  });
});
