/**
 * Every copy of vega-scenegraph that vega reaches, as Node resolves them from node_modules: vega 6
 * installs several versions side by side (vegaRuntime.ts sets the text metrics and id counters on
 * each). The CLI bundle replaces this module by one that imports the same files statically, so that
 * it gets the bundled instances (scripts/buildCli.mjs, `sceneGraphCopies`).
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type { TextMetrics } from './textMetrics.js';

export interface SceneGraphModule {
  textMetrics: TextMetrics;
  resetSVGDefIds: () => void;
}

/** The packages of vega that import vega-scenegraph, each possibly with its own copy (besides vega's). */
export const SCENEGRAPH_USERS = ['vega-view', 'vega-view-transforms', 'vega-parser', 'vega-functions', 'vega-label'] as const;

/** The files of every copy, found as Node resolves them: vega's own, then each user's. */
export function sceneGraphPaths(resolveFrom: string): string[] {
  const vegaEntry = createRequire(resolveFrom).resolve('vega');
  const fromVega = createRequire(vegaEntry);
  const entries = [vegaEntry];
  for (const name of SCENEGRAPH_USERS) {
    try {
      entries.push(fromVega.resolve(name));
    } catch {
      // not installed as its own package in this vega version: it shares vega's copy
    }
  }
  return [...new Set(entries.map((entry) => createRequire(entry).resolve('vega-scenegraph')))].sort();
}

export async function sceneGraphCopies(): Promise<SceneGraphModule[]> {
  return Promise.all(sceneGraphPaths(import.meta.url).map(async (path) => (await import(pathToFileURL(path).href)) as SceneGraphModule));
}
