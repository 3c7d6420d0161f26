import { describe, expect, it } from 'vitest';
import { REFERENCES } from '../../src/data/references';
import { referenceLinks } from '../../src/lib/references';

describe('reference links', () => {
  it('point at the DOI resolver and the PubMed record', () => {
    expect(referenceLinks({ doi: '10.14814/phy2.13149', pmid: '26694507' })).toEqual([
      { href: 'https://doi.org/10.14814/phy2.13149', label: 'DOI 10.14814/phy2.13149' },
      { href: 'https://pubmed.ncbi.nlm.nih.gov/26694507/', label: 'PubMed 26694507' },
    ]);
  });

  it('are well formed for every study in the list', () => {
    for (const ref of REFERENCES.filter((r) => r.kind === 'study')) {
      if (ref.doi) expect(ref.doi, ref.id).toMatch(/^10\.\d{4,9}\/\S+$/);
      if (ref.pmid) expect(ref.pmid, ref.id).toMatch(/^\d{6,9}$/);
    }
  });

  it('have unique ids', () => {
    const ids = REFERENCES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
