// A proxy in front of a local server that counts the bytes the server sends, per request, as they
// cross the wire: headers, compressed bodies and chunk framing. Chromium does not pipeline
// HTTP/1.1, so each response follows its request on its connection. It sees what a page, a service
// worker and Pagefind fetch alike, which the browser's own figures do not all show (a service
// worker's script, say). Used by the benchmark (scripts/bench/measure.mjs) and by the browser test
// of a first visit (tests/e2e/offline.spec.ts).
import net from 'node:net';

/**
 * @typedef {{ path: string, at: number, bytes: number }} Exchange one request: its path, when it
 *   was sent (performance.now()) and the bytes its response took so far
 */

/**
 * Starts a proxy to 127.0.0.1:`port` on a free port.
 * @param {number} port
 * @returns {Promise<{ origin: string, exchanges: Exchange[], close: () => void }>}
 */
export async function countingProxy(port) {
  /** @type {Exchange[]} */
  const exchanges = [];
  const sockets = new Set();
  const server = net.createServer((client) => {
    const upstream = net.connect(port, '127.0.0.1');
    // No Nagle on either side: a relayed response's last small packet would otherwise wait for the
    // other end's delayed ACK (~40 ms on Linux), a stall no reader's browser sees from a host.
    client.setNoDelay(true);
    upstream.setNoDelay(true);
    sockets.add(client).add(upstream);
    /** @type {Exchange | undefined} */
    let current;
    client.on('data', (chunk) => {
      const line = /^(GET|HEAD|POST) (\S+) HTTP/.exec(chunk.toString('latin1', 0, 2048));
      if (line) exchanges.push((current = { path: line[2], at: performance.now(), bytes: 0 }));
      upstream.write(chunk);
    });
    upstream.on('data', (chunk) => {
      if (current) current.bytes += chunk.length;
      client.write(chunk);
    });
    upstream.on('end', () => client.end());
    client.on('close', () => (upstream.destroy(), sockets.delete(client)));
    upstream.on('close', () => sockets.delete(upstream));
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', () => done(undefined)));
  const address = /** @type {net.AddressInfo} */ (server.address());
  return {
    origin: `http://127.0.0.1:${address.port}`,
    exchanges,
    close: () => {
      for (const socket of sockets) socket.destroy();
      server.close();
    },
  };
}

/**
 * Resolves once nothing has crossed the proxy for `ms` milliseconds (or after five minutes).
 * @param {Exchange[]} exchanges
 * @param {number} ms
 */
export async function quiet(exchanges, ms) {
  let last = -1;
  let since = performance.now();
  for (const until = since + 300_000; performance.now() < until; ) {
    const total = exchanges.reduce((a, e) => a + e.bytes, 0) + exchanges.length;
    if (total !== last) {
      last = total;
      since = performance.now();
    } else if (performance.now() - since >= ms) return;
    await new Promise((r) => setTimeout(r, 50));
  }
}
