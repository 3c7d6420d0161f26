/**
 * Every page's link-preview image, built with the site: /og/<page path>.png (ogImagePath), which
 * Base.astro names in og:image. The pages come from the site's one list of pages
 * (src/lib/site-pages.ts), so new exercises, guides, routines and browse pages get their image with
 * no change here; the previews e2e test checks that each built page's og:image file exists.
 */
import type { APIRoute } from 'astro';
import { renderOgImage } from '../../build/og-render';
import { getSitePages } from '../../content';
import { ogImageParam, type OgCard } from '../../lib/og-image';

export async function getStaticPaths() {
  return (await getSitePages()).map((card) => ({ params: { path: ogImageParam(card.path) }, props: { card } }));
}

export const GET: APIRoute<{ card: OgCard }> = async ({ props }) =>
  new Response(new Uint8Array(await renderOgImage(props.card)), { headers: { 'Content-Type': 'image/png' } });
