/**
 * The worker thread that draws the report's PNGs (started by pngThread.ts): one image at a time, on
 * this one thread, with a turn of the event loop between two, so that each image's memory (about 8
 * bytes a pixel while it is drawn) is given back before the next is drawn (renderPng.ts, freeImages):
 * a screen's nine charts of up to 16 million pixels stay within one image's memory, and the main
 * thread goes on with the page and the PDF meanwhile.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parentPort } from 'node:worker_threads';
import { freeImages, renderPngOnThisThread, type CollectGarbage, type RenderedPng } from './renderPng.js';

export interface PngJob {
  id: number;
  svg: string;
}

export type PngWorkerReply = { id: number; drawn: RenderedPng } | { id: number; error: string };

/**
 * This thread's `gc`: the one `--expose-gc` gives, or taken from a fresh context with the flag set for
 * that moment only (as jest-leak-detector does). The flag is read when a context is made, so the
 * process's other contexts are left as they were; without it, every image of a report would stay in
 * memory until the thread ends (renderPng.ts, freeImages).
 */
function collector(): CollectGarbage | undefined {
  const exposed = (globalThis as { gc?: CollectGarbage }).gc;
  if (exposed) return exposed;
  try {
    setFlagsFromString('--expose-gc');
    return runInNewContext('gc') as CollectGarbage;
  } catch {
    return undefined;
  } finally {
    setFlagsFromString('--no-expose-gc');
  }
}

const gc = collector();
const waiting: PngJob[] = [];
let drawing = false;

function drawNext(): void {
  const job = waiting.shift();
  if (job === undefined) {
    drawing = false;
    return;
  }
  try {
    const drawn = renderPngOnThisThread(job.svg);
    parentPort!.postMessage({ id: job.id, drawn } satisfies PngWorkerReply, [drawn.png.buffer as ArrayBuffer]);
  } catch (error) {
    parentPort!.postMessage({ id: job.id, error: error instanceof Error ? error.message : String(error) } satisfies PngWorkerReply);
  }
  freeImages(gc);
  setImmediate(drawNext);
}

parentPort?.on('message', (job: PngJob) => {
  waiting.push(job);
  if (!drawing) {
    drawing = true;
    setImmediate(drawNext);
  }
});
