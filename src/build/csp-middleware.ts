/**
 * Writes each page's Content Security Policy (./csp.ts) as Astro renders it, so the build writes
 * every page once with its policy instead of reading 1,000 exercise pages back and writing them
 * again after the search index. Registered by ./integration.ts for builds only: in `astro dev`,
 * Vite's own inline scripts would break under the policy.
 */
import { defineMiddleware } from 'astro:middleware';
import { pageFile, withPolicy } from './csp';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = withPolicy(await response.text(), pageFile(context.url.pathname));
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
