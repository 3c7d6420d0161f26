/**
 * The plan catalogue's file, /plan/catalogue.<hash>.json, named by its content
 * (src/lib/plan/catalogue-file.ts): the plan builder fetches it with the engine, and the service
 * worker keeps it with /plan/. A page endpoint rather than a build step, so that the page and the
 * file take their name from the one call (getPlanCatalogue) and `astro dev` serves it too.
 */
import type { APIRoute } from 'astro';
import { getPlanCatalogue } from '../../content';

export async function getStaticPaths() {
  const { hash, text } = await getPlanCatalogue();
  return [{ params: { hash }, props: { text } }];
}

export const GET: APIRoute<{ text: string }> = ({ props }) =>
  new Response(props.text, { headers: { 'Content-Type': 'application/json' } });
