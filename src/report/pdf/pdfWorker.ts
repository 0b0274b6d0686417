/**
 * The worker thread that lays out report.pdf (started by pdfThread.ts): it loads pdfkit and warms it
 * up (pdfWarmUp.ts) while the main thread analyses and draws the charts, then builds the one PDF it
 * is sent and posts the bytes back.
 */
import { parentPort } from 'node:worker_threads';
import { pdfFonts } from './pdfFonts.js';
import { warmUpPdf } from './pdfWarmUp.js';
import type { PdfInput } from './reportPdf.js';
import { pdfFile } from './reportPdfFile.js';

export type PdfWorkerReply = { built: { pdf: Uint8Array; fontsEmbedded: boolean } } | { error: string };

// A failed warm-up changes nothing: the PDF is built all the same.
const warm = warmUpPdf(pdfFonts()).catch(() => undefined);

parentPort?.once('message', (input: PdfInput) => {
  warm.then(() => pdfFile(input)).then(
    (built) => parentPort!.postMessage({ built } satisfies PdfWorkerReply),
    (error: unknown) => parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) } satisfies PdfWorkerReply),
  );
});
