/**
 * The server behind `astro preview` (and so `npm start`, the browser tests and the benchmark): the
 * built site as a static host serves it, with the site's own 404 page for any address that names no
 * file. Astro's own preview for a static site cannot be extended (it drops the project's Vite plugins
 * and has no integration hook) and answers an address it cannot turn into a file path
 * (`/exercises/..%2f..%2fpackage.json`, `/exercises/%ff/`) with a 500 and a stack trace naming server
 * paths, so the build integration (./integration.ts) registers this module as the preview
 * entrypoint, the one extension point Astro has. It is Vite's preview server (Astro's too: static
 * files, gzip, ETags) with one middleware in front that decides what each address names.
 *
 * Astro imports this file itself, outside Vite: it imports only packages and Node's modules.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PreviewServer, PreviewServerParams } from 'astro';
import { preview, type Plugin } from 'vite';

/** What an address names in the built site. */
export type Resolved =
  /** A file to serve: its path inside dist/, "/"-separated. */
  | { file: string }
  /** A page asked for without its trailing slash: send the reader to the address with one. */
  | { redirect: string }
  /** Nothing: the site's 404 page answers. */
  | { notFound: true };

/**
 * What a request path (as sent, percent-encoded, without the query) names, given a test for whether
 * a file exists in dist/. A path that does not decode, or whose decoded parts would leave the folder
 * they are in ("..", an encoded "/" or "\", a NUL), names nothing.
 */
export function resolvePath(path: string, isFile: (file: string) => boolean): Resolved {
  if (!path.startsWith('/')) return { notFound: true };
  const parts: string[] = [];
  for (const raw of path.slice(1).split('/')) {
    let part: string;
    try {
      part = decodeURIComponent(raw);
    } catch {
      return { notFound: true };
    }
    if (part === '.' || part === '..' || /[/\\\0]/.test(part)) return { notFound: true };
    parts.push(part);
  }
  const decoded = parts.join('/');
  if (decoded === '' || decoded.endsWith('/')) {
    const index = `${decoded}index.html`;
    return isFile(index) ? { file: index } : { notFound: true };
  }
  if (isFile(decoded)) return { file: decoded };
  // The site's pages are folders (trailingSlash: 'always'); hosts add the slash, and so does this.
  if (isFile(`${decoded}/index.html`)) return { redirect: `${path}/` };
  return { notFound: true };
}

/** The middleware: serves the 404 page or a redirect itself, and hands files to Vite's static server. */
function staticSite(dist: string): Plugin {
  const isFile = (file: string) => {
    try {
      return statSync(join(dist, file)).isFile();
    } catch {
      return false;
    }
  };
  const notFoundPage = join(dist, '404.html');
  return {
    name: 'strongstride:static-site',
    configurePreviewServer(server) {
      server.middlewares.use((req: IncomingMessage, res: ServerResponse, next: () => void) => {
        const [path = '/', query] = (req.url ?? '/').split(/\?(.*)/s);
        const resolved = resolvePath(path, isFile);
        if ('file' in resolved) {
          // Hand Vite's static server the file itself, encoded as it expects an address to be.
          req.url = `/${resolved.file.split('/').map(encodeURIComponent).join('/')}${query === undefined ? '' : `?${query}`}`;
          return next();
        }
        if ('redirect' in resolved) {
          res.writeHead(301, { Location: `${resolved.redirect}${query === undefined ? '' : `?${query}`}` });
          return res.end();
        }
        res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
        res.end(req.method === 'HEAD' || !existsSync(notFoundPage) ? undefined : readFileSync(notFoundPage));
      });
    },
  };
}

/** Starts the preview server, as Astro asks an adapter's preview entrypoint to. */
export default async function startPreview({ outDir, host, port, base, headers, logger, root, allowedHosts }: PreviewServerParams): Promise<PreviewServer> {
  const dist = fileURLToPath(outDir);
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist} has no built site: run npm run build first`);
  const server = await preview({
    configFile: false,
    root: fileURLToPath(root),
    base,
    appType: 'mpa',
    logLevel: 'warn',
    build: { outDir: dist },
    preview: { host, port, strictPort: true, headers, allowedHosts },
    plugins: [staticSite(dist)],
  });
  const urls = server.resolvedUrls ?? { local: [], network: [] };
  logger.info(`serving ${dist} at ${urls.local[0] ?? `port ${port}`}`);
  return {
    host,
    port,
    urls,
    closed: () => new Promise((resolve, reject) => server.httpServer.once('close', resolve).once('error', reject)),
    stop: () => server.close(),
  };
}
