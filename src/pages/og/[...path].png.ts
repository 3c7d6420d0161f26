/**
 * Every page's link-preview image, built with the site: /og/<page path>.png (ogImagePath), which
 * Base.astro names in og:image; an exercise's shows its movement figure. The pages come from the
 * site's one list of pages (src/lib/site-pages.ts), so new exercises, guides, routines and browse
 * pages get their image with no change here; the previews e2e test checks that each built page's
 * og:image file exists.
 */
import type { APIRoute } from 'astro';
import { renderOgImage } from '../../build/og-render';
import { getFigures, getSitePages } from '../../content';
import type { Figure } from '../../lib/figure/types';
import { ogImageParam, type OgCard } from '../../lib/og-image';

export async function getStaticPaths() {
  const figures = await getFigures();
  return (await getSitePages()).map((card) => {
    // An exercise's card shows its movement figure, once the exercise is posed.
    const slug = /^\/exercises\/([^/]+)\/$/.exec(card.path)?.[1];
    return { params: { path: ogImageParam(card.path) }, props: { card, figure: slug ? figures.get(slug) : undefined } };
  });
}

export const GET: APIRoute<{ card: OgCard; figure?: Figure }> = async ({ props }) =>
  new Response(new Uint8Array(await renderOgImage(props.card, props.figure)), { headers: { 'Content-Type': 'image/png' } });
