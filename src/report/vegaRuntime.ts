/**
 * vega and vega-lite as renderSvg uses them, Node's build: the packages imported lazily (only a run
 * that writes a report pays for loading them), and every copy of vega-scenegraph that vega reaches.
 * The browser app uses vegaRuntime.browser.ts (vega's single-file build, expressions interpreted).
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type { TextMetrics } from './textMetrics.js';

export interface SceneGraphModule {
  textMetrics: TextMetrics;
  resetSVGDefIds: () => void;
}

export interface VegaRuntime {
  vega: typeof import('vega');
  vegaLite: typeof import('vega-lite');
  /** Every copy of vega-scenegraph in use: text metrics and id counters are set on each. */
  sceneGraphs: SceneGraphModule[];
  /** Options of `vega.parse` and of `new vega.View` (the browser app interprets expressions). */
  parseOptions?: { ast?: boolean };
  viewOptions?: Record<string, unknown>;
}

let runtime: Promise<VegaRuntime> | null = null;

export function vegaRuntime(): Promise<VegaRuntime> {
  runtime ??= (async () => {
    const [vega, vegaLite, sceneGraphs] = await Promise.all([import('vega'), import('vega-lite'), sceneGraphCopies()]);
    return { vega, vegaLite, sceneGraphs };
  })();
  return runtime;
}

/** The packages of vega that import vega-scenegraph, each possibly its own copy. */
const SCENEGRAPH_USERS = ['vega-view', 'vega-view-transforms', 'vega-parser', 'vega-functions', 'vega-label'] as const;

async function sceneGraphCopies(): Promise<SceneGraphModule[]> {
  const fromHere = createRequire(import.meta.url);
  const vegaEntry = fromHere.resolve('vega');
  const fromVega = createRequire(vegaEntry);
  const entries = [vegaEntry];
  for (const name of SCENEGRAPH_USERS) {
    try {
      entries.push(fromVega.resolve(name));
    } catch {
      // not installed as its own package in this vega version: it shares vega's copy
    }
  }
  const paths = [...new Set(entries.map((entry) => createRequire(entry).resolve('vega-scenegraph')))].sort();
  return Promise.all(paths.map(async (path) => (await import(pathToFileURL(path).href)) as SceneGraphModule));
}
