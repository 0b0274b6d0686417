/**
 * The report's PNGs drawn on a worker thread (pngWorker.ts) as each chart's SVG is drawn: off the
 * main thread, which meanwhile draws the next chart with vega, lays out the PDF and the page; and one
 * image at a time, so that a screen's large charts are never in memory together.
 *
 * The worker script lies beside this module: tsc's dist/report/pngWorker.js, or the CLI bundle's
 * dist/pngWorker.js beside its chunks (scripts/buildCli.mjs). Run from the sources (the tests), or
 * when the worker fails for any reason, a PNG is drawn on this thread, one at a time as well: the same
 * resvg on the same SVG, so the same bytes.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { freeImages, renderPng, type RenderedPng } from './renderPng.js';
import type { PngJob, PngWorkerReply } from './pngWorker.js';

const WORKER_SCRIPT = new URL('./pngWorker.js', import.meta.url);

export interface PngDrawer {
  /** The SVG's PNG; drawn after those asked for before it. */
  draw: (svg: string) => Promise<RenderedPng>;
  /** Where the PNGs are drawn: `this` thread when there is no worker script, or once the worker has failed. */
  readonly thread: 'worker' | 'this';
  /** Ends the worker (once every PNG asked for is back, or to give up on them). */
  close: () => void;
}

/** One PNG at a time on this thread, each image freed before the next (renderPng.ts, freeImages). */
function onThisThread(): (svg: string) => Promise<RenderedPng> {
  let last: Promise<unknown> = Promise.resolve();
  return (svg) => {
    const drawn = last.then(() => renderPng(svg)).finally(freeImages);
    last = drawn.catch(() => undefined);
    return drawn;
  };
}

export function startPngThread(): PngDrawer {
  const here = onThisThread();
  let thread: PngDrawer['thread'] = 'this';
  let worker: Worker | null = null;
  if (WORKER_SCRIPT.protocol === 'file:' && existsSync(fileURLToPath(WORKER_SCRIPT))) {
    try {
      worker = new Worker(WORKER_SCRIPT);
      thread = 'worker';
    } catch {
      worker = null;
    }
  }
  if (worker === null) return { draw: here, thread, close: () => undefined };
  const pending = new Map<number, { resolve: (png: RenderedPng) => void; reject: (error: Error) => void }>();
  const failAll = (error: Error) => {
    thread = 'this';
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  };
  worker.on('message', (reply: PngWorkerReply) => {
    const waiting = pending.get(reply.id);
    pending.delete(reply.id);
    if ('error' in reply) waiting?.reject(new Error(reply.error));
    else waiting?.resolve(reply.drawn);
    if (pending.size === 0) worker!.unref();
  });
  worker.once('error', failAll);
  worker.once('exit', (code) => failAll(new Error(`the PNG worker stopped (exit code ${code})`)));
  // Never what keeps the process alive while nothing is asked of it.
  worker.unref();
  let next = 0;
  return {
    get thread() {
      return thread;
    },
    // A PNG the worker could not draw (it failed, or resvg refused the SVG there) is drawn here: the
    // same bytes, or the same error.
    draw: (svg) => {
      if (thread === 'this') return here(svg);
      const id = next++;
      const drawn = new Promise<RenderedPng>((resolve, reject) => pending.set(id, { resolve, reject }));
      worker!.ref();
      worker!.postMessage({ id, svg } satisfies PngJob);
      return drawn.catch(() => here(svg));
    },
    close: () => {
      thread = 'this';
      pending.clear();
      void worker!.terminate();
    },
  };
}
