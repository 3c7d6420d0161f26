/** Links for a reference: its DOI resolver and PubMed record, in the canonical URL forms. */
import type { Reference } from '../data/references';

export const doiUrl = (doi: string) => `https://doi.org/${doi}`;
export const pubmedUrl = (pmid: string) => `https://pubmed.ncbi.nlm.nih.gov/${pmid}/`;

export function referenceLinks(ref: Pick<Reference, 'doi' | 'pmid'>) {
  const links: { href: string; label: string }[] = [];
  if (ref.doi) links.push({ href: doiUrl(ref.doi), label: `DOI ${ref.doi}` });
  if (ref.pmid) links.push({ href: pubmedUrl(ref.pmid), label: `PubMed ${ref.pmid}` });
  return links;
}
