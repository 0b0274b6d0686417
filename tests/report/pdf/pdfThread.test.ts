/**
 * report.pdf off the main thread (src/report/pdf/pdfThread.ts): the worker's warm-up page leaves no
 * trace in the report's bytes, and the worker (tsc's build in dist/, as an installed package runs
 * it) returns the bytes this thread builds from the same input. Without its script beside it (the
 * sources) the PDF is built on this thread.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderReportCharts } from '../../../src/report/html/reportHtml.js';
import { reportPdfInput } from '../../../src/report/pdf/pdfInput.js';
import type { PdfInput } from '../../../src/report/pdf/reportPdf.js';
import { exampleResults } from '../reportDatasets.js';
import { pdfFonts } from '../../../src/report/pdf/pdfFonts.js';
import { warmUpPdf } from '../../../src/report/pdf/pdfWarmUp.js';
import { pdfFile } from '../../../src/report/pdf/reportPdfFile.js';
import { startPdfThread } from '../../../src/report/pdf/pdfThread.js';

const BUILT_THREAD = fileURLToPath(new URL('../../../dist/report/pdf/pdfThread.js', import.meta.url));

/** The example's PDF input, with its key chart and pathway map as the report draws them. */
let input: PdfInput;
beforeAll(async () => {
  const results = exampleResults({ sourceDateEpoch: 1767225600 });
  const rendered = await renderReportCharts(results);
  input = reportPdfInput(results, rendered.charts.fractionOfVehicle, rendered.pathway);
}, 120_000);

describe('report.pdf on a worker thread', () => {
  it('gives the same bytes after the warm-up page as before it', async () => {
    const before = await pdfFile(input);
    await warmUpPdf(pdfFonts());
    await warmUpPdf(null);
    const after = await pdfFile(input);
    expect(Buffer.from(after.pdf).equals(Buffer.from(before.pdf))).toBe(true);
    expect(after.fontsEmbedded).toBe(before.fontsEmbedded);
  }, 120_000);

  it('gives the bytes of this thread from the worker of the build, and builds here from the sources', async () => {
    const here = await pdfFile(input);
    const fromSources = startPdfThread();
    expect(Buffer.from((await fromSources.build(input)).pdf).equals(Buffer.from(here.pdf))).toBe(true);
    expect(fromSources.thread).toBe('this');
    expect(existsSync(BUILT_THREAD), 'run npm run build first').toBe(true);
    const built = (await import(BUILT_THREAD)) as typeof import('../../../src/report/pdf/pdfThread.js');
    const worker = built.startPdfThread();
    const fromWorker = await worker.build(input);
    expect(worker.thread).toBe('worker');
    expect(Buffer.from(fromWorker.pdf).equals(Buffer.from(here.pdf))).toBe(true);
  }, 120_000);
});
