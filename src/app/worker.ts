/**
 * The browser app's Web Worker: runs the analysis off the page's thread, so the page stays
 * responsive and can show progress. Messages: in, an AppRequest; out, `progress` messages while it
 * runs, one `report` (report.html and the data files, as soon as they exist) and one `outcome` (every
 * file, once report.pdf and the publication figure are made too). vega and vega-lite (needed to draw
 * the report's charts) are run from the built-in single-file builds (carried packed) as soon as the
 * worker starts, through blob: URLs the page's CSP allows; the page starts it when it opens.
 */
import { bundleSources } from '../report/html/bundleSources.js';
import { readBrowserBundles } from '../report/html/browserBundles.js';
import type { AppRequest } from './appRequest.js';
import { runAnalysis, type AppOutcome } from './runAnalysis.js';

export type WorkerMessage =
  /** vega is loaded: an analysis asked for from now on waits for nothing else. */
  | { type: 'ready' }
  | { type: 'progress'; stage: string; done: number; total: number }
  /** The report and the data files, before report.pdf and the publication figure. */
  | { type: 'report'; outcome: AppOutcome }
  /** Every file (or the refusal): the analysis is over. */
  | { type: 'outcome'; outcome: AppOutcome };

interface WorkerScope {
  postMessage(message: WorkerMessage): void;
  onmessage: ((event: MessageEvent<AppRequest>) => void) | null;
  importScripts(...urls: string[]): void;
}

const scope = self as unknown as WorkerScope;

async function loadVega(): Promise<void> {
  // vega-embed draws charts in a page; the worker only renders SVG, with vega and vega-lite.
  for (const bundle of (await bundleSources()).filter((b) => b.name !== 'vega-embed')) {
    const url = URL.createObjectURL(new Blob([bundle.source], { type: 'text/javascript' }));
    try {
      scope.importScripts(url);
    } finally {
      URL.revokeObjectURL(url);
    }
  }
}

// Loaded as soon as the page starts the worker (at the page's start), while the user picks files;
// then the builds' script hashes for report.html are taken.
const vegaReady = loadVega().then(() => readBrowserBundles()).then(() => undefined);
vegaReady.then(() => scope.postMessage({ type: 'ready' }), () => {});

scope.onmessage = (event) => {
  void (async () => {
    let outcome: AppOutcome;
    try {
      await vegaReady;
      outcome = await runAnalysis(event.data, (stage, done, total) => scope.postMessage({ type: 'progress', stage, done, total }),
        (early) => scope.postMessage({ type: 'report', outcome: early }));
    } catch (error) {
      outcome = { ok: false, messages: [error instanceof Error ? error.message : String(error)], internal: true };
    }
    scope.postMessage({ type: 'outcome', outcome });
  })();
};
