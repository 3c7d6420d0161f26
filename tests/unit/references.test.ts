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
    const studies = REFERENCES.filter((r) => r.kind === 'study');
    const dois = studies.flatMap((r) => (r.doi === undefined ? [] : [`${r.id}: ${r.doi}`]));
    const pmids = studies.flatMap((r) => (r.pmid === undefined ? [] : [`${r.id}: ${r.pmid}`]));
    expect(dois.length).toBeGreaterThan(0);
    expect(pmids.length).toBeGreaterThan(0);
    expect(dois.filter((d) => !/: 10\.\d{4,9}\/\S+$/.test(d))).toEqual([]);
    expect(pmids.filter((p) => !/: \d{6,9}$/.test(p))).toEqual([]);
  });

  it('have unique ids', () => {
    const ids = REFERENCES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
