/**
 * Zopfli finds a deflate stream ~5–10% smaller than zlib's best, at a hundred times the time: worth
 * it for the files every search loads whole (the metadata, the WebAssembly), too slow for the
 * thousands of chunks and fragments. Its WebAssembly build runs on the thread that calls it, so
 * here it runs on a worker thread of its own: at 1,000 exercises Pagefind's WebAssembly takes
 * ~0.9 s and the metadata ~0.2 s, which the index trim spends writing its other files meanwhile
 * instead of waiting (BENCHMARKS.md, "Build time at 1,000").
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** Fewer passes than Zopfli's default 15: the last ten shave a few bytes for twice the time. */
export const ZOPFLI_ITERATIONS = 5;

/**
 * The worker's code, as a script of its own: a file beside this one would be TypeScript, which
 * Node would have to load its type stripper for in every worker, and the build's bundler never
 * sees this module. It answers each message `{ id, bytes }` with `{ id, gzipped }`, in order.
 */
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { gzipAsync } = require(workerData.zopfli);
parentPort.on('message', async ({ id, bytes }) => {
  const gzipped = await gzipAsync(bytes, { numiterations: workerData.iterations });
  parentPort.postMessage({ id, gzipped }, [gzipped.buffer]);
});
`;

/** A worker thread that gzips with Zopfli, one file after another; `close` it when done. */
export class ZopfliThread {
  readonly #worker: Worker;
  readonly #waiting = new Map<number, { resolve: (gzipped: Buffer) => void; reject: (error: Error) => void }>();
  #next = 0;

  constructor() {
    const zopfli = createRequire(import.meta.url).resolve('@gfx/zopfli');
    this.#worker = new Worker(WORKER, { eval: true, workerData: { zopfli, iterations: ZOPFLI_ITERATIONS } });
    this.#worker.on('message', ({ id, gzipped }: { id: number; gzipped: Uint8Array }) => {
      this.#waiting.get(id)?.resolve(Buffer.from(gzipped.buffer, gzipped.byteOffset, gzipped.byteLength));
      this.#waiting.delete(id);
    });
    this.#worker.on('error', (error) => this.#failAll(error));
    this.#worker.on('exit', (code) => this.#failAll(new Error(`Zopfli's thread stopped (exit code ${code}) with files still to compress`)));
  }

  /** `bytes` gzipped by Zopfli. */
  gzip(bytes: Uint8Array): Promise<Buffer> {
    const id = this.#next++;
    return new Promise((resolve, reject) => {
      this.#waiting.set(id, { resolve, reject });
      this.#worker.postMessage({ id, bytes });
    });
  }

  /** Stops the thread; a file still being compressed is given up with an error. */
  async close(): Promise<void> {
    await this.#worker.terminate();
  }

  #failAll(error: Error): void {
    for (const { reject } of this.#waiting.values()) reject(error);
    this.#waiting.clear();
  }
}
