// The site as a later deploy serves it, for tests of updates: a server in front of the preview
// server that passes every request on, except the addresses a test changes. Playwright can change
// what a page or a service worker fetches (context.route), but not the worker's own script, which
// the browser fetches to look for an update; this can.
import { createServer, request, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What a changed address answers: a status alone, or the live response's text rewritten. */
export type Change = { status: number } | { rewrite: (text: string) => string };

export async function nextDeploy(port: number) {
  const changes = new Map<string, Change>();
  const server = createServer((incoming, outgoing) => {
    const path = (incoming.url ?? '/').split('?')[0]!;
    const change = changes.get(path);
    if (change && 'status' in change) return void outgoing.writeHead(change.status, { 'content-type': 'text/plain' }).end('Not found');
    // Uncompressed, so a rewrite can read it.
    const headers: IncomingHttpHeaders = { ...incoming.headers, 'accept-encoding': 'identity' };
    delete headers['if-none-match'];
    delete headers['if-modified-since'];
    const upstream = request({ host: '127.0.0.1', port, path: incoming.url, method: incoming.method, headers }, (response) => {
      if (!change) {
        outgoing.writeHead(response.statusCode ?? 502, response.headers);
        return void response.pipe(outgoing);
      }
      let text = '';
      response.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
      response.on('end', () => {
        const body = change.rewrite(text);
        const { etag, 'content-length': _, 'last-modified': __, ...rest } = response.headers;
        outgoing.writeHead(response.statusCode ?? 502, { ...rest, 'content-length': Buffer.byteLength(body) }).end(body);
      });
    });
    incoming.pipe(upstream);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    /** Makes `path` answer differently from now on; undo with `changes.delete(path)`. */
    changes,
    close: () => server.close(),
  };
}
