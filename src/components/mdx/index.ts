// Components that guide, routine and exercise MDX may use without importing them.
import Caution from './Caution.astro';
import Cite from './Cite.astro';
import CoachesDiffer from './CoachesDiffer.astro';
import Ex from './Ex.astro';
import Position from './Position.astro';
import ProseH2 from './ProseH2.astro';

export const mdxComponents = { Caution, Cite, CoachesDiffer, Ex, Position, h2: ProseH2 };
