/**
 * The browser app's Web Worker: runs the analysis off the page's thread, so the page stays
 * responsive and can show progress. Messages: in, an AppRequest; out, `progress` messages while it
 * runs and one `outcome`. vega and vega-lite (needed to draw the report's charts) are run from the
 * built-in single-file builds (carried packed, inflated once) the first time, through blob: URLs the
 * page's CSP allows.
 */
import { bundleSources } from '../report/html/bundleSources.js';
import type { AppRequest } from './appRequest.js';
import { runAnalysis, type AppOutcome } from './runAnalysis.js';

export type WorkerMessage =
  | { type: 'progress'; stage: string; done: number; total: number }
  | { type: 'outcome'; outcome: AppOutcome };

interface WorkerScope {
  postMessage(message: WorkerMessage): void;
  onmessage: ((event: MessageEvent<AppRequest>) => void) | null;
  importScripts(...urls: string[]): void;
}

const scope = self as unknown as WorkerScope;
let vegaLoaded = false;

async function loadVega(): Promise<void> {
  if (vegaLoaded) return;
  // vega-embed draws charts in a page; the worker only renders SVG, with vega and vega-lite.
  for (const bundle of (await bundleSources()).filter((b) => b.name !== 'vega-embed')) {
    const url = URL.createObjectURL(new Blob([bundle.source], { type: 'text/javascript' }));
    try {
      scope.importScripts(url);
    } finally {
      URL.revokeObjectURL(url);
    }
  }
  vegaLoaded = true;
}

scope.onmessage = (event) => {
  void (async () => {
    let outcome: AppOutcome;
    try {
      await loadVega();
      outcome = await runAnalysis(event.data, (stage, done, total) => scope.postMessage({ type: 'progress', stage, done, total }));
    } catch (error) {
      outcome = { ok: false, messages: [error instanceof Error ? error.message : String(error)], internal: true };
    }
    scope.postMessage({ type: 'outcome', outcome });
  })();
};
