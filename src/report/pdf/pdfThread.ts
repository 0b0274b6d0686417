/**
 * report.pdf laid out on a worker thread (pdfWorker.ts), so that pdfkit loads and the text is shaped
 * on the second core while the main thread draws the charts, their PNGs and the page. The worker is
 * started before the charts are drawn and sent the PDF's input once they are.
 *
 * The worker script lies beside this module: tsc's dist/report/pdf/pdfWorker.js, or the CLI bundle's
 * dist/pdfWorker.js beside its chunks (scripts/buildCli.mjs). Run from the sources (the tests), or
 * when the worker fails for any reason, the PDF is built on this thread: the same function on the
 * same input, so the same bytes.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { PdfWorkerReply } from './pdfWorker.js';
import type { PdfInput } from './reportPdf.js';
import type { BuiltPdf } from './reportPdfFile.js';

export interface PdfBuilder {
  build: (input: PdfInput) => Promise<BuiltPdf>;
  /** Where the PDF is (or was) built: `this` when there is no worker script or the worker failed. */
  readonly thread: 'worker' | 'this';
}

const WORKER_SCRIPT = new URL('./pdfWorker.js', import.meta.url);

async function onThisThread(input: PdfInput): Promise<BuiltPdf> {
  const { pdfFile } = await import('./reportPdfFile.js');
  return pdfFile(input);
}

/**
 * The PDF built on this thread: for a large run, where a second isolate (its heap, pdfkit loaded
 * again, a copy of the input) costs more memory than the parallel layout saves time.
 */
export function pdfOnThisThread(): PdfBuilder {
  return { build: onThisThread, thread: 'this' };
}

export function startPdfThread(): PdfBuilder {
  const here = pdfOnThisThread();
  if (WORKER_SCRIPT.protocol !== 'file:' || !existsSync(fileURLToPath(WORKER_SCRIPT))) return here;
  let worker: Worker;
  try {
    worker = new Worker(WORKER_SCRIPT);
  } catch {
    return here;
  }
  const reply = new Promise<BuiltPdf>((resolve, reject) => {
    worker.once('message', (message: PdfWorkerReply) => ('built' in message ? resolve(message.built) : reject(new Error(message.error))));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the PDF worker stopped (exit code ${code})`)));
  });
  // Until the input is sent, a failure of the worker is noticed only when the PDF is asked for.
  reply.catch(() => undefined);
  // Never what keeps the process alive: a run that fails before its PDF simply ends. (After the
  // listeners: adding a 'message' listener refs the worker again.)
  worker.unref();
  let thread: PdfBuilder['thread'] = 'worker';
  return {
    get thread() {
      return thread;
    },
    build: async (input) => {
      try {
        // From now on the reply is awaited: the worker keeps the process alive until it comes.
        worker.ref();
        worker.postMessage(input);
        return await reply;
      } catch {
        thread = 'this';
        return onThisThread(input);
      } finally {
        void worker.terminate();
      }
    },
  };
}
