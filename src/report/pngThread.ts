/**
 * The report's PNGs drawn on a worker thread (pngWorker.ts): off the main thread, which meanwhile
 * lays out the PDF and the page, and one image at a time, so that a screen's large charts are never
 * in memory together. The thread ends when the last PNG asked for is back.
 *
 * The worker script lies beside this module: tsc's dist/report/pngWorker.js, or the CLI bundle's
 * dist/pngWorker.js beside its chunks (scripts/buildCli.mjs). Run from the sources (the tests), or
 * when the worker fails for any reason, the PNGs are drawn on this thread by renderPngs: the same
 * resvg on the same SVG, so the same bytes.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { renderPngs, type RenderedPng } from './renderPng.js';
import type { PngJob, PngWorkerReply } from './pngWorker.js';

const WORKER_SCRIPT = new URL('./pngWorker.js', import.meta.url);

/** Where the PNGs were drawn: `worker`, or `this` thread when there is no worker script or the worker failed. */
export type PngThread = 'worker' | 'this';

/** Every SVG as a PNG, in order, and the thread they were drawn on. */
export async function drawPngs(svgs: readonly string[]): Promise<{ pngs: RenderedPng[]; thread: PngThread }> {
  if (svgs.length === 0) return { pngs: [], thread: 'this' };
  try {
    const pngs = await onWorker(svgs);
    if (pngs !== null) return { pngs, thread: 'worker' };
  } catch {
    // drawn again below, on this thread
  }
  return { pngs: await renderPngs(svgs), thread: 'this' };
}

/** The PNGs drawn by a worker thread; null when there is no worker script (run from the sources). */
async function onWorker(svgs: readonly string[]): Promise<RenderedPng[] | null> {
  if (WORKER_SCRIPT.protocol !== 'file:' || !existsSync(fileURLToPath(WORKER_SCRIPT))) return null;
  const worker = new Worker(WORKER_SCRIPT);
  try {
    return await new Promise<RenderedPng[]>((resolve, reject) => {
      const drawn = new Array<RenderedPng>(svgs.length);
      let left = svgs.length;
      worker.on('message', (reply: PngWorkerReply) => {
        if ('error' in reply) return reject(new Error(reply.error));
        drawn[reply.id] = reply.drawn;
        if (--left === 0) resolve(drawn);
      });
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`the PNG worker stopped (exit code ${code})`)));
      svgs.forEach((svg, id) => worker.postMessage({ id, svg } satisfies PngJob));
    });
  } finally {
    void worker.terminate();
  }
}
