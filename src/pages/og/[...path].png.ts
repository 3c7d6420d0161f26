/**
 * Every page's link-preview image, built with the site: /og/<page path>.png (ogImagePath), which
 * Base.astro names in og:image; an exercise's shows its movement figure. The pages come from the
 * site's one list of pages (src/lib/site-pages.ts), so new exercises, guides, routines and browse
 * pages get their image with no change here; the previews e2e test checks that each built page's
 * og:image file exists. In a build, the images are drawn in a worker thread from the moment Astro
 * asks for the pages (src/build/og-images.ts); the dev server draws each when it is asked for.
 */
import type { APIRoute } from 'astro';
import { drawOgImages, type OgImageJob, type OgImages } from '../../build/og-images';
import { renderOgImage } from '../../build/og-render';
import workerUrl from '../../build/og-worker.ts?module-url';
import { getFigures, getSitePages } from '../../content';
import { ogImageParam } from '../../lib/og-image';

let drawn: OgImages | undefined;

export async function getStaticPaths() {
  const figures = await getFigures();
  const jobs: OgImageJob[] = (await getSitePages()).map((card) => {
    // An exercise's card shows its movement figure.
    const slug = /^\/exercises\/([^/]+)\/$/.exec(card.path)?.[1];
    return { card, figure: slug ? figures.get(slug) : undefined };
  });
  if (!import.meta.env.DEV) drawn ??= drawOgImages(jobs, new URL(workerUrl));
  return jobs.map((job) => ({ params: { path: ogImageParam(job.card.path) }, props: job }));
}

export const GET: APIRoute<OgImageJob> = async ({ props }) => {
  const png = await (drawn?.get(props.card.path) ?? renderOgImage(props.card, props.figure));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
