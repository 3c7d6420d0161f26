/**
 * Every exercise's figure file, /figures/<slug>.svg (src/lib/figure/file.ts): its telltale
 * key position, which the plan's session cards show with <use> and the search index carries
 * into each exercise's result (src/build/pagefind.ts).
 */
import type { APIRoute } from 'astro';
import { getFigures } from '../../content';
import { figureFile } from '../../lib/figure/still';
import type { Figure } from '../../lib/figure/types';

export async function getStaticPaths() {
  return [...(await getFigures())].map(([slug, figure]) => ({ params: { slug }, props: { figure } }));
}

export const GET: APIRoute<{ figure: Figure }> = ({ props }) =>
  new Response(figureFile(props.figure), { headers: { 'Content-Type': 'image/svg+xml' } });
